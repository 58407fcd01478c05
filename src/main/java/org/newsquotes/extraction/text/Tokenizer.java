package org.newsquotes.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsquotes.extraction.clean.SpunText;

/**
 * Linear word tokenizer for attribution windows. A word is a run of letters and digits, joined across
 * inner apostrophes, hyphens and periods ("don't", "U.S", "al-Assad"); a final period is kept for initials
 * and known title abbreviations ("A.", "Mr.", "U.S."). Every other non-space character is its own token.
 * When {@code spun} is set, each word's {@code norm} is read through {@link SpunText#normalizeToken}.
 */
public final class Tokenizer {

    private static final WordSet DOTTED = WordSet.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "capt", "st", "jr", "sr", "prof", "rev", "hon", "sens", "reps", "atty", "adm", "maj",
            "cmdr", "pres", "supt", "amb", "gens", "lt.gov", "del");


    private Tokenizer() {
    }

    /** Tokens of {@code text[from, to)}. */
    public static List<Token> tokenize(String text, int from, int to, boolean spun) {
        List<Token> out = new ArrayList<>();
        tokenize(text, from, to, spun, out);
        return out;
    }

    /** Appends the tokens of {@code text[from, to)} to {@code out} (one list for many paragraphs). */
    public static void tokenize(String text, int from, int to, boolean spun, List<Token> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i, to);
                String word = text.substring(i, end);
                String norm = (spun ? SpunText.normalizeToken(word) : word).toLowerCase(Locale.ROOT);
                out.add(new Token(i, end, word, norm, true, Character.isUpperCase(c)));
                i = end;
            } else {
                String s = MarkStrings.of(c);
                out.add(new Token(i, i + 1, s, s, false, Character.isUpperCase(c)));
                i++;
            }
        }
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '\'' || c == '’' || c == '-' || c == '.') && j + 1 < to
                    && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        if (j < to && text.charAt(j) == '.' && keepsPeriod(text, i, j)) {
            j++;
        }
        return j;
    }

    /** Whether the word {@code text[i, j)} keeps a period after it: an initial, dotted, or a listed title. */
    private static boolean keepsPeriod(String text, int i, int j) {
        if (j - i == 1) {
            return Character.isUpperCase(text.charAt(i));
        }
        int dot = text.indexOf('.', i + 1);
        return dot >= 0 && dot < j || DOTTED.containsLowerCase(text, i, j);
    }
}
