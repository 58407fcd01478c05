package org.newsquotes.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch ingest did with one of its articles. */
@Schema(name = "BatchItem", description = "The outcome for one article of a batch, in the order they were sent.")
public record BatchItem(
        @Schema(description = "Position of the article in the batch, from 0.", example = "0")
        int index,
        @Schema(description = "Id of the stored article (the new one, or the one already stored).", example = "12")
        long id,
        @Schema(description = "True when stored by this request; false when the same url or text was already stored "
                + "(earlier, or earlier in the same batch).", example = "true")
        boolean created,
        @Schema(description = "Number of quotes the stored article has.", example = "16")
        long quoteCount) {
}
