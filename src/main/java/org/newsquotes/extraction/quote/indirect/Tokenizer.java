package org.newsquotes.extraction.quote.indirect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.clean.SpunText;

/**
 * Splits a sentence into {@link Token}s with a linear hand-written scanner. Words keep inner apostrophes
 * ("didn't", "NATO’s"), hyphens ("so-called"), periods between letters ("U.S.") and commas or periods between digits ("50,000", "2.5"); every other
 * non-space character is a token of its own (no-break spaces are spaces). Thread-safe (stateless).
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** Tokens of {@code text} within {@code span}; words read through {@link SpunText} when {@code spun}. */
    public static List<Token> tokenize(String text, Span span, boolean spun) {
        List<Token> out = new ArrayList<>();
        int i = span.start();
        int end = span.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(text, i, end);
                out.add(word(text, i, j, spun));
                i = j;
            } else {
                out.add(new Token(i, i + 1, String.valueOf(c), false, false));
                i++;
            }
        }
        return out;
    }

    private static int wordEnd(String text, int from, int end) {
        int j = from + 1;
        while (j < end) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if (isJoiner(c) && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))
                    || (c == ',' || c == '.') && j + 1 < end && Character.isDigit(text.charAt(j - 1))
                    && Character.isDigit(text.charAt(j + 1))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '-' || c == '.';
    }

    private static Token word(String text, int start, int end, boolean spun) {
        String raw = text.substring(start, end);
        String read = spun ? SpunText.normalizeToken(raw) : raw;
        String norm = read.toLowerCase(Locale.ROOT).replace('’', '\'');
        return new Token(start, end, norm, true, Character.isUpperCase(raw.charAt(0)));
    }
}
