package org.newsquotes.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a batch ingest. */
@Schema(name = "BatchResult", description = "What a batch ingest stored: one item per article sent, in order.")
public record BatchResult(
        @Schema(description = "One outcome per article, in the order sent.")
        List<BatchItem> items,
        @Schema(description = "How many articles were stored by this request.", example = "1")
        int created,
        @Schema(description = "How many were already stored (same url or text).", example = "0")
        int existing) {

    public static BatchResult of(List<BatchItem> items) {
        int created = (int) items.stream().filter(BatchItem::created).count();
        return new BatchResult(List.copyOf(items), created, items.size() - created);
    }
}
