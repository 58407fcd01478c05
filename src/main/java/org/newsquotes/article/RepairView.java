package org.newsquotes.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One kind of repair made to an article on its way in. */
@Schema(description = "A repair made to the input on its way to clean text.")
public record RepairView(
        @Schema(description = "What was repaired, e.g. mojibake, boilerplate, spun-text, html, credit-line.", example = "mojibake")
        String kind,
        @Schema(description = "How many places were repaired.", example = "4")
        int count,
        @Schema(description = "Human-readable detail.", example = "UTF-8 read as Windows-1252 (“ → â€œ)", nullable = true)
        String detail) {
}
