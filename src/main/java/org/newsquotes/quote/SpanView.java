package org.newsquotes.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a quote stands in its article's text. */
@Schema(description = "Character offsets into the article's cleaned `text`: 0-based, end-exclusive.")
public record SpanView(
        @Schema(description = "First character, 0-based.", example = "1127")
        int start,
        @Schema(description = "One past the last character.", example = "1205")
        int end) {
}
