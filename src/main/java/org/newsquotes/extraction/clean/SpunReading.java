package org.newsquotes.extraction.clean;

import java.util.Arrays;
import org.newsquotes.extraction.Span;

/**
 * The de-spun reading of a text together with a map from its offsets back to the printed text, so a
 * detector can run on "he is assured" and report spans into the printed "helium is assured". Made by
 * {@link SpunText#read(String)}. Immutable.
 *
 * <p>Offsets outside replaced words shift by the length difference of the replacements before them; an
 * offset inside a replaced word maps to the start of the printed word, its end to the printed word's end.
 */
public final class SpunReading {

    private final String text;
    private final int[] readStarts;
    private final int[] readEnds;
    private final int[] printedStarts;
    private final int[] printedEnds;

    SpunReading(String text, int[] readStarts, int[] readEnds, int[] printedStarts, int[] printedEnds) {
        this.text = text;
        this.readStarts = readStarts.clone();
        this.readEnds = readEnds.clone();
        this.printedStarts = printedStarts.clone();
        this.printedEnds = printedEnds.clone();
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** How many words or phrases were put back. */
    public int replacements() {
        return readStarts.length;
    }

    /** The printed-text offset for an offset into {@link #text()}. */
    public int toPrinted(int offset) {
        int k = Arrays.binarySearch(readStarts, offset);
        int i = k >= 0 ? k : -k - 2;
        if (i < 0) {
            return offset;
        }
        if (offset >= readEnds[i]) {
            return printedEnds[i] + (offset - readEnds[i]);
        }
        return offset == readStarts[i] ? printedStarts[i] : printedEnds[i];
    }

    /** The printed-text span for a span of {@link #text()}. */
    public Span toPrinted(Span span) {
        int start = toPrinted(span.start());
        return new Span(start, Math.max(start, toPrinted(span.end())));
    }
}
