package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over mentions kept in text order (by character offset). */
final class TextOrder {

    private TextOrder() {
    }

    /** Index of the last item of {@code inOrder} whose offset is before {@code offset}, or -1 when none is. */
    static <T> int lastBefore(List<T> inOrder, ToIntFunction<T> offsetOf, int offset) {
        int lo = 0;
        int hi = inOrder.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsetOf.applyAsInt(inOrder.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
