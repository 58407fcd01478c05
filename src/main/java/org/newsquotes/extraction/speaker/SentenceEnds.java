package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;

/**
 * Where sentences end in one article's text: at a line break, or at ".", "?" or "!" followed by white space
 * (perhaps after a closing quote mark: "… “arbitrary.” Voss said"), unless the period closes a title
 * abbreviation ("Govs.", "Sen.") or a lone initial ("John F. Okafor"). Character tests only; every query reads
 * a bounded stretch of text. Limits: "U.S." and "H.W." still end a sentence (a letter after a period is not
 * read as an initial), as does an abbreviation that truly ends one.
 */
final class SentenceEnds {

    /** How far (characters) a count of sentence ends reads at most; a longer span counts as two. */
    static final int SCAN = 600;

    /** Title abbreviations whose period ends no sentence ("Govs. Ann Voss and …", "Sen. Okafor"). */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps",
            "gov", "govs", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "prof", "rev", "st", "ft", "mt", "jr",
            "sr", "atty", "supt", "pres", "messrs", "vs");

    private final String text;

    SentenceEnds(String text) {
        this.text = text;
    }

    /**
     * Whether a sentence ends at {@code k}: a line break, or ".", "?" or "!" followed by white space, possibly
     * after a closing quote mark ("… “arbitrary.” Voss said").
     */
    boolean at(int k) {
        char c = text.charAt(k);
        if (c == '\n') {
            return true;
        }
        if (c != '.' && c != '?' && c != '!' || c == '.' && abbreviationBefore(k)) {
            return false;
        }
        int j = k + 1;
        if (j < text.length() && (text.charAt(j) == '”' || text.charAt(j) == '"' || text.charAt(j) == '’')) {
            j++;
        }
        return j < text.length() && Character.isWhitespace(text.charAt(j));
    }

    /**
     * Whether the period at {@code k} closes a title abbreviation ("Govs.", "Sen.") or a lone initial preceded
     * by a space ("John F. Okafor"), so that it ends no sentence.
     */
    private boolean abbreviationBefore(int k) {
        int b = k;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        int len = k - b;
        if (len == 0 || b > 0 && text.charAt(b - 1) != ' ' && text.charAt(b - 1) != '\n'
                && text.charAt(b - 1) != '(') {
            return false;
        }
        if (len == 1) {
            return Character.isUpperCase(text.charAt(b));
        }
        return len <= 6 && ABBREVIATIONS.contains(text.substring(b, k).toLowerCase(Locale.ROOT));
    }

    /**
     * Where the sentence holding offset {@code at} starts: just after the last sentence end before it, looking
     * back at most {@code reach} characters (then {@code at - reach}).
     */
    int startOf(int at, int reach) {
        int stop = Math.max(0, at - reach);
        for (int k = at - 1; k >= stop; k--) {
            if (at(k)) {
                return k + 1;
            }
        }
        return stop;
    }

    /**
     * Whether offset {@code at} opens a sentence or paragraph (only spaces and quotation marks between it and the
     * sentence start found within {@value #SCAN} characters).
     */
    boolean opens(int at) {
        for (int k = startOf(at, SCAN); k < at; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '"' && c != '“' && c != '”') {
                return false;
            }
        }
        return true;
    }

    /**
     * How many sentence ends are written in {@code text[from, to)}, counting at most two (white space after an
     * end is skipped, so "?\n" counts once); a span longer than {@value #SCAN} characters counts as two
     * without being read.
     */
    int countBetween(int from, int to) {
        if (to - from > SCAN) {
            return 2;
        }
        int count = 0;
        for (int k = Math.max(0, from); k < to && k + 1 < text.length() && count < 2; k++) {
            if (at(k)) {
                count++;
                while (k + 1 < to && Character.isWhitespace(text.charAt(k + 1))) {
                    k++;
                }
            }
        }
        return count;
    }
}
