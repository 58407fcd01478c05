package org.newsquotes.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list response: the items plus where the page stands in the whole result. */
public record PageView<T>(
        @Schema(description = "The items on this page, in the requested order.")
        List<T> items,
        @Schema(description = "This page's number, from 1.", example = "1")
        int page,
        @Schema(description = "Items per page (1 to 100).", example = "20")
        int pageSize,
        @Schema(description = "Number of items in the whole result.", example = "2")
        long total) {

    public PageView {
        items = List.copyOf(items);
    }

    public static <T> PageView<T> of(List<T> items, PageRequest request, long total) {
        return new PageView<>(items, request.page(), request.pageSize(), total);
    }

    public int lastPage() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
