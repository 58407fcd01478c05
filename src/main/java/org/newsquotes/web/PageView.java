package org.newsquotes.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list response: the items plus where the page stands in the whole result. */
public record PageView<T>(
        @Schema(description = "The items on this page, in the requested order.", example = "[]")
        List<T> items,
        @Schema(description = "This page's number, from 1.", example = "1")
        int page,
        @Schema(description = "Items per page (1 to 100).", example = "20")
        int pageSize,
        @Schema(description = "Number of items in the whole result; a lower bound when `totalExact` is false.", example = "2")
        long total,
        @Schema(description = TOTAL_EXACT, example = "true")
        boolean totalExact) {

    /** How {@code totalExact} is documented on every page schema. */
    public static final String TOTAL_EXACT = "True when `total` is the exact number of matches. False when counting "
            + "stopped: more than `total` items match (quote lists count up to 10,000, or up to the end of the page "
            + "asked for when that is further). The `Link` header then has no `last` link.";

    public PageView {
        items = List.copyOf(items);
    }

    public static <T> PageView<T> of(List<T> items, PageRequest request, long total) {
        return new PageView<>(items, request.page(), request.pageSize(), total, true);
    }

    /**
     * A page whose total was counted no further than {@code limit + 1} ({@code counted}): more than
     * {@code limit} matches give {@code total = limit}, not exact.
     */
    public static <T> PageView<T> ofCapped(List<T> items, PageRequest request, long counted, long limit) {
        boolean exact = counted <= limit;
        return new PageView<>(items, request.page(), request.pageSize(), exact ? counted : limit, exact);
    }

    public int lastPage() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
