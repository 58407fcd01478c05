package org.newsquotes.extraction.quote.indirect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.clean.SpunText;
import org.newsquotes.extraction.text.MarkStrings;

/**
 * Splits a sentence into {@link Token}s with a linear hand-written scanner. Words keep inner apostrophes
 * ("didn't", "NATO’s"), hyphens ("so-called"), periods between letters ("U.S.") and commas or periods between digits ("50,000", "2.5"); every other
 * non-space character is a token of its own (no-break spaces are spaces). Thread-safe (stateless).
 * Allocates one string per word (its lower-cased form, read straight off the text) and none per
 * punctuation mark (one-character strings are shared), as this runs on every sentence.
 */
public final class Tokenizer {


    private Tokenizer() {
    }

    /** Tokens of {@code text} within {@code span}; words read through {@link SpunText} when {@code spun}. */
    public static List<Token> tokenize(String text, Span span, boolean spun) {
        List<Token> out = new ArrayList<>();
        StringBuilder buffer = new StringBuilder();
        int i = span.start();
        int end = span.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = wordEnd(text, i, end);
                out.add(word(text, i, j, spun, buffer));
                i = j;
            } else {
                out.add(new Token(i, i + 1, MarkStrings.of(c), false, false));
                i++;
            }
        }
        if (spun) {
            spunHow(out);
        }
        return out;
    }

    /**
     * Spinners write "however" for "how": between two words ("think about however future generations can live")
     * it reads "how"; set off by a comma or opening the sentence it stays the adverb.
     */
    private static void spunHow(List<Token> out) {
        for (int k = 1; k + 1 < out.size(); k++) {
            Token w = out.get(k);
            if (w.norm().equals("however") && out.get(k - 1).word() && out.get(k + 1).word()) {
                out.set(k, new Token(w.start(), w.end(), "how", true, w.capitalized(), w.capitals()));
            }
        }
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

    private static Token word(String text, int start, int end, boolean spun, StringBuilder buffer) {
        boolean capitalized = Character.isUpperCase(text.charAt(start));
        boolean capitals = capitalized && capitals(text, start, end);
        if (spun) {
            String raw = text.substring(start, end);
            String read = SpunText.normalizeToken(raw);
            if (read != raw) {
                return new Token(start, end, slowNorm(read), true, capitalized, capitals);
            }
        }
        return new Token(start, end, norm(text, start, end, buffer), true, capitalized, capitals);
    }

    /** True when {@code text[start, end)} has at least two letters and no lower-case one. */
    private static boolean capitals(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /**
     * {@code text[start, end)} lower-cased with {@code Locale.ROOT} and curly apostrophes made straight: the
     * text itself when nothing changes, else built char by char in {@code buffer}; a word holding a character
     * whose lower case depends on its neighbours or takes two chars (capital sigma, dotted capital I,
     * surrogates) goes through {@link String#toLowerCase}.
     */
    private static String norm(String text, int start, int end, StringBuilder buffer) {
        int k = start;
        while (k < end && same(text.charAt(k))) {
            k++;
        }
        if (k == end) {
            return text.substring(start, end);
        }
        buffer.setLength(0);
        buffer.append(text, start, k);
        for (; k < end; k++) {
            char c = text.charAt(k);
            int lower = Character.toLowerCase((int) c);
            if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c) || !Character.isBmpCodePoint(lower)) {
                return slowNorm(text.substring(start, end));
            }
            buffer.append(c == '’' ? '\'' : (char) lower);
        }
        return buffer.toString();
    }

    /** Whether {@code c} stays as it is in a norm: not upper case, not a curly apostrophe, not a surrogate. */
    private static boolean same(char c) {
        if (c < 0x80) {
            return c < 'A' || c > 'Z';
        }
        return c != '’' && !Character.isSurrogate(c) && Character.toLowerCase(c) == c;
    }

    private static String slowNorm(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
