package org.newsquotes.extraction.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of a sentence for date scanning: a run of letters (with in-word apostrophes), a run of digits,
 * or one other non-space character. {@code lower} is the lower-cased text. The strings are made only when
 * asked for (most tokens are never read as words), so a scan allocates one small object per token.
 */
final class DateToken {

    private final String source;
    private final int start;
    private final int end;
    private String lower;

    private DateToken(String source, int start, int end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int length() {
        return end - start;
    }

    /** The first character (the whole token when it is neither a letter nor a digit). */
    char first() {
        return source.charAt(start);
    }

    String text() {
        return source.substring(start, end);
    }

    String lower() {
        if (lower == null) {
            lower = text().toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    boolean isWord() {
        return Character.isLetterOrDigit(first());
    }

    boolean isNumber() {
        return Character.isDigit(first());
    }

    boolean capitalised() {
        return Character.isUpperCase(first());
    }

    /** Tokens of {@code text} between {@code from} and {@code to}, in one linear scan. */
    static List<DateToken> scan(String text, int from, int to) {
        List<DateToken> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = endOf(text, i, to);
            out.add(new DateToken(text, i, end));
            i = end;
        }
        return out;
    }

    /** The end of the token starting at {@code start} (not a space) when the scan stops at {@code to}. */
    static int endOf(String text, int start, int to) {
        char c = text.charAt(start);
        int i = start;
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
        return i;
    }

    private static boolean inWordApostrophe(String text, int i, int to) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 2 < to && Character.isLetter(text.charAt(i + 1))
                && Character.isLetter(text.charAt(i + 2));
    }
}
