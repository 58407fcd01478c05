package org.newsquotes.extraction.text;

/**
 * Shared one-character strings for punctuation tokens, so that tokenizing does not allocate a string per
 * mark: every Latin-1 character and the general punctuation block (dashes, curly quotes, ellipsis). Any other
 * character gets a new string. Immutable and thread-safe.
 */
public final class MarkStrings {

    private static final String[] LATIN_1 = strings(0, 256);
    private static final char PUNCTUATION_FROM = '\u2010';
    private static final String[] PUNCTUATION = strings(PUNCTUATION_FROM, 0x50);

    private MarkStrings() {
    }

    /** The one-character string of {@code c}, shared when {@code c} is Latin-1 or general punctuation. */
    public static String of(char c) {
        if (c < LATIN_1.length) {
            return LATIN_1[c];
        }
        if (c >= PUNCTUATION_FROM && c < PUNCTUATION_FROM + PUNCTUATION.length) {
            return PUNCTUATION[c - PUNCTUATION_FROM];
        }
        return String.valueOf(c);
    }

    private static String[] strings(int from, int count) {
        String[] out = new String[count];
        for (int k = 0; k < count; k++) {
            out[k] = String.valueOf((char) (from + k));
        }
        return out;
    }
}
