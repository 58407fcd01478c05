package org.newsquotes.extraction;

import java.util.Arrays;

/**
 * Where offsets of the cleaned text lie in the text the caller gave. Cleaning replaces short runs (a mojibake
 * sequence by the character it stood for, CR LF by LF) and cuts trailers off the end; every step that replaces
 * runs records them, so a span found in the clean text can also be given against the caller's own text (the
 * evaluation scores PolNeAR gold spans, which index the text as published, mojibake and all).
 *
 * <p>Offsets outside replaced runs map exactly. An offset inside a replaced run maps to the run's start when
 * it starts a span and to the run's end when it ends one, so a mapped span always covers what the clean span
 * was made from. Limits: for HTML input the "given text" is the text taken from the markup, not the markup;
 * text cut from the end has no clean offsets to map. Immutable and thread-safe.
 */
public final class OffsetMap {

    private static final int[] NONE = new int[0];
    private static final OffsetMap IDENTITY = new OffsetMap(NONE, NONE, NONE, NONE, null);

    /** Replaced runs in text order: clean [cleanStart, cleanEnd) was made from input [inputStart, inputEnd). */
    private final int[] cleanStart;
    private final int[] cleanEnd;
    private final int[] inputStart;
    private final int[] inputEnd;
    /** The map of the cleaning step that ran before this one, or null. */
    private final OffsetMap earlier;

    private OffsetMap(int[] cleanStart, int[] cleanEnd, int[] inputStart, int[] inputEnd, OffsetMap earlier) {
        this.cleanStart = cleanStart;
        this.cleanEnd = cleanEnd;
        this.inputStart = inputStart;
        this.inputEnd = inputEnd;
        this.earlier = earlier;
    }

    /** The map of a text that was not changed (or only cut at the end). */
    public static OffsetMap identity() {
        return IDENTITY;
    }

    /** True when every offset maps to itself. */
    public boolean isIdentity() {
        return cleanStart.length == 0 && (earlier == null || earlier.isIdentity());
    }

    /** This step applied to the output of {@code first}: clean offsets map through this map, then through it. */
    public OffsetMap after(OffsetMap first) {
        if (first.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return first;
        }
        OffsetMap chained = earlier == null ? first : earlier.after(first);
        return new OffsetMap(cleanStart, cleanEnd, inputStart, inputEnd, chained);
    }

    /** The span of the given text that the clean {@code span} was made from. */
    public Span toInput(Span span) {
        int start = startToInput(span.start());
        return new Span(start, Math.max(start, endToInput(span.end())));
    }

    /** Maps an offset that starts a span (inclusive). */
    public int startToInput(int offset) {
        int k = lastRunStartingAtOrBefore(offset, true);
        int mapped = k < 0 ? offset : offset < cleanEnd[k] ? inputStart[k] : inputEnd[k] + offset - cleanEnd[k];
        return earlier == null ? mapped : earlier.startToInput(mapped);
    }

    /** Maps an offset that ends a span (exclusive). */
    public int endToInput(int offset) {
        int k = lastRunStartingAtOrBefore(offset, false);
        int mapped = k < 0 ? offset : offset < cleanEnd[k] ? inputEnd[k] : inputEnd[k] + offset - cleanEnd[k];
        return earlier == null ? mapped : earlier.endToInput(mapped);
    }

    /** Index of the last run starting at or before (start) or strictly before (end) the offset, or -1. */
    private int lastRunStartingAtOrBefore(int offset, boolean inclusive) {
        int key = inclusive ? offset : offset - 1;
        int k = Arrays.binarySearch(cleanStart, key);
        if (k >= 0) {
            while (k + 1 < cleanStart.length && cleanStart[k + 1] == key) {
                k++;
            }
            return k;
        }
        return -k - 2;
    }

    /** Collects the replaced runs of one cleaning step, in text order. Not thread-safe; one per step. */
    public static final class Builder {

        private int[] runs = new int[16];
        private int size;

        /** Input [inputStart, inputEnd) was written as clean [cleanStart, cleanEnd). */
        public void replaced(int inputStart, int inputEnd, int cleanStart, int cleanEnd) {
            if (size + 4 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[size++] = cleanStart;
            runs[size++] = cleanEnd;
            runs[size++] = inputStart;
            runs[size++] = inputEnd;
        }

        public OffsetMap build() {
            int n = size / 4;
            if (n == 0) {
                return IDENTITY;
            }
            int[][] cols = {new int[n], new int[n], new int[n], new int[n]};
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 4; c++) {
                    cols[c][i] = runs[4 * i + c];
                }
            }
            return new OffsetMap(cols[0], cols[1], cols[2], cols[3], null);
        }
    }
}
