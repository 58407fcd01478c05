package org.newsquotes.extraction.text;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;

/**
 * Splits text into sentences with a linear hand-written scanner: a sentence ends at '.', '!' or '?'
 * (followed by closing quotes or brackets) before whitespace (a no-break space included) and an upper-case
 * letter, digit or opening quote, unless the word before the period is a known abbreviation, a single initial
 * (not the "s" of a decade, "the 1990s.") or dotted initials ("G.K."); a blank line or a line break always
 * ends one. Limits: no model, so unusual abbreviations ("Gov.") are listed by hand, and a one-letter word
 * before a period ("Plan B.") is taken for an initial.
 */
public final class Sentences {

    private static final WordSet ABBREVIATIONS = WordSet.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr",
            "prof", "rev", "hon", "pres", "no", "vs", "u.s", "u.n", "u.k", "d.c", "inc", "corp", "co", "ltd",
            "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft", "e.g", "i.e",
            "a.m", "p.m", "sens", "reps", "atty", "supt", "adm", "maj", "cmdr", "calif", "fla", "ariz", "mass",
            "penn", "conn", "wash", "ore", "tenn", "ky", "ga", "va", "ill", "mich", "wis", "minn", "colo", "del");

    private Sentences() {
    }

    /** Sentence spans in text order, trimmed of surrounding whitespace; empty sentences are dropped. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean endsSentence(String text, int dot) {
        int j = dot + 1;
        int n = text.length();
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\u00A0') {
            return false;
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        if (j >= n || text.charAt(j) == '\n') {
            return true;
        }
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(«„".indexOf(next) >= 0)) {
            return false;
        }
        return text.charAt(dot) != '.' || !isAbbreviation(text, dot);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int k = dot;
        while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        // a one-letter word (but a dotted capital I, which lower-cases to two chars; not the "s" of "1990s")
        boolean single = dot - k == 1 && text.charAt(k) != '\u0130'
                && (k == 0 || !Character.isDigit(text.charAt(k - 1)));
        return single || ABBREVIATIONS.containsLowerCase(text, k, dot) || initials(text, k, dot);
    }

    /** "G.K." or "J.R.R.": capital initials joined by periods, as written before a surname. */
    private static boolean initials(String text, int from, int dot) {
        for (int i = from; i < dot; i += 2) {
            if (!Character.isUpperCase(text.charAt(i)) || i + 1 < dot && text.charAt(i + 1) != '.') {
                return false;
            }
        }
        return dot - from >= 3;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u00A0')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
