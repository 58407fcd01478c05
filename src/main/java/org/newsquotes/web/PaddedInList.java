package org.newsquotes.web;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * An {@code in (...)} list of single bound parameters whose count is padded to a power of two (at least 4, the
 * last value repeated). Hibernate translates a query with a list parameter again at every call (about a sixth
 * of ingest CPU in a profile); with padded single parameters it keeps one cached translation per padded size.
 */
public final class PaddedInList {

    private PaddedInList() {
    }

    /** The smallest power of two, at least 4, not below {@code n}. */
    public static int size(int n) {
        int size = 4;
        while (size < n) {
            size <<= 1;
        }
        return size;
    }

    /** {@code :p0, :p1, ...} for the padded size of {@code count} values. */
    public static String placeholders(String prefix, int count) {
        int size = size(count);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < size; k++) {
            sb.append(k == 0 ? ":" : ", :").append(prefix).append(k);
        }
        return sb.toString();
    }

    /** Binds {@code values} (not empty) to the placeholders of {@link #placeholders}, the last one repeated. */
    public static void bind(BiConsumer<String, Object> setParameter, String prefix, List<?> values) {
        int size = size(values.size());
        for (int k = 0; k < size; k++) {
            setParameter.accept(prefix + k, values.get(Math.min(k, values.size() - 1)));
        }
    }
}
