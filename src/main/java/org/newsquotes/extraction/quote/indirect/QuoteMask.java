package org.newsquotes.extraction.quote.indirect;

import java.util.BitSet;

/**
 * Marks the characters of a text that lie inside double quotation marks (the marks included), so that
 * reported speech is not looked for inside direct quotes. Curly marks open and close, straight marks
 * toggle; an opening curly mark typed right after a word and before no word
 * closes too ("“rapists“"); a paragraph break closes whatever is open (a multi-paragraph quote reopens with a mark).
 * Linear time. Limits: an unbalanced straight mark marks the rest of its paragraph.
 */
public final class QuoteMask {

    private final BitSet inside;

    private QuoteMask(BitSet inside) {
        this.inside = inside;
    }

    /** Builds the mask of {@code text}. */
    public static QuoteMask of(String text) {
        BitSet bits = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = i;
            if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                c = '"';
                i++;
            }
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n' && open >= 0) {
                bits.set(open, i);
                open = -1;
            } else if (isOpener(c) && open < 0) {
                open = at;
            } else if (open >= 0 && (isCloser(c) || c == '"' || (c == '“' && text.charAt(open) == '„')
                    || c == '“' && closesWord(text, i))) {
                bits.set(open, i + 1);
                open = -1;
            } else if (c == '"') {
                open = at;
            }
        }
        if (open >= 0) {
            bits.set(open, text.length());
        }
        return new QuoteMask(bits);
    }

    /** True when any character of {@code [start, end)} is quoted. */
    public boolean anyInside(int start, int end) {
        int next = inside.nextSetBit(start);
        return next >= 0 && next < end;
    }

    /** True when the character at {@code offset} is quoted. */
    public boolean inside(int offset) {
        return inside.get(offset);
    }

    /**
     * True when the opening mark at {@code i} is typed where a closing one belongs: right after a word and
     * before a space, a mark or the end ("called them “rapists“ while").
     */
    private static boolean closesWord(String text, int i) {
        return i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    private static boolean isOpener(char c) {
        return c == '“' || c == '«' || c == '„';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '»';
    }
}
