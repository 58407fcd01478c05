package org.newsquotes.extraction.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of a sentence for date scanning: a run of letters (with in-word apostrophes), a run of digits,
 * or one other non-space character. {@code lower} is the lower-cased text.
 */
record DateToken(int start, int end, String text, String lower) {

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** Tokens of {@code text} between {@code from} and {@code to}, in one linear scan. */
    static List<DateToken> scan(String text, int from, int to) {
        List<DateToken> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                while (i < to && (Character.isLetter(text.charAt(i)) || inWordApostrophe(text, i, to))) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                while (i < to && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            String t = text.substring(start, i);
            out.add(new DateToken(start, i, t, t.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static boolean inWordApostrophe(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 2 < to && Character.isLetter(text.charAt(i + 1))
                && Character.isLetter(text.charAt(i + 2));
    }
}
