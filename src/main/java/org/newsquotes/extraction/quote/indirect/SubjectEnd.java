package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Where the subject of a reporting verb ends, read back from the cue: past the auxiliaries and adverbs
 * ("has also repeatedly said"), an abbreviation's closing period ("Biden Jr. said"), a short party-and-state
 * tag or relative clause in parentheses ("Sanders (I-Vt.) said") and an aside between dashes ("The judge --
 * who ... -- said"). Limits: an aside longer than 30 tokens, or a parenthesis holding
 * anything but words, hyphens and periods unless it opens with "who"/"which", is not skipped. Stateless.
 */
final class SubjectEnd {

    /** Quantifiers that are the subject when they open the sentence ("Both want ...", "All see ..."), not adverbs. */
    private static final WordSet QUANTIFIER_SUBJECTS = WordSet.of("both", "all");

    /** The longest party-and-state tag skipped between a name and its cue: "(D-Calif.)", "(I-Vt.)". */
    private static final int MAX_TAG = 6;

    /** The longest aside between dashes skipped before a cue: "The judge -- who ... -- said". */
    private static final int MAX_ASIDE = 30;

    private SubjectEnd() {
    }

    /**
     * Index of the first token before {@code cue} that is not an auxiliary or adverb ("Both" or "All" opening the
     * sentence is a subject: "Both want ..."); a short parenthesis right after the source ("Sanders (I-Vt.)
     * said", "Reid (D) has attacked") or an aside between dashes is skipped as well.
     */
    static int skipAuxBack(List<Token> t, int cue) {
        int j = cue - 1;
        boolean quantifier = cue + 1 < t.size() && !t.get(cue + 1).is(',');    // "All told, ..." is an idiom
        while (j >= 0 && Words.isAdverbLike(t.get(j)) && !(quantifier && j == 0 && QUANTIFIER_SUBJECTS.contains(t.get(j).norm()))) {
            j--;
        }
        if (j >= 1 && t.get(j).is('.') && abbreviation(t, j - 1)) {
            return j - 1;   // "Joseph Biden Jr. said", "the U.S. said"
        }
        int open = j >= 0 && t.get(j).is(')') ? openingParen(t, j) : -1;
        if (open < 0 && j >= 0 && dash(t, j)) {
            open = openingDash(t, j);
        }
        return open > 0 && t.get(open - 1).word() ? open - 1 : j;
    }

    /** True when the word {@code k} is an abbreviation closed by the period after it: "Jr.", "Inc.", "U.S.". */
    static boolean abbreviation(List<Token> t, int k) {
        Token w = t.get(k);
        return w.word() && w.capitalized() && w.end() == t.get(k + 1).start()
                && (w.norm().indexOf('.') > 0 || w.norm().length() <= 3);
    }

    /** True when token {@code k} is a dash: an em or en dash, a hyphen between spaces or one of "--". */
    private static boolean dash(List<Token> t, int k) {
        Token d = t.get(k);
        return d.is('—') || d.is('–') || ContentBounds.spacedHyphen(t, k)
                || d.is('-') && (k > 0 && t.get(k - 1).is('-') || k + 1 < t.size() && t.get(k + 1).is('-'));
    }

    /**
     * Index of the first token of the dash that opens the aside closed by the dash at {@code close}
     * ("X -- who has ... -- said"), or -1 when there is none within 30 tokens.
     */
    private static int openingDash(List<Token> t, int close) {
        int k = close;
        while (k > 0 && dash(t, k - 1)) {
            k--;
        }
        for (int m = k - 1; m > 0 && k - m <= MAX_ASIDE; m--) {
            if (dash(t, m)) {
                while (m > 0 && dash(t, m - 1)) {
                    m--;
                }
                return m;
            }
        }
        return -1;
    }

    /** Index of the "(" that opens the short parenthesis closing at {@code close}, or -1. */
    private static int openingParen(List<Token> t, int close) {
        boolean plain = true;
        for (int k = close - 1; k >= 0 && close - k <= MAX_ASIDE; k--) {
            Token w = t.get(k);
            if (w.is('(')) {
                boolean relative = w != t.get(close - 1) && (t.get(k + 1).is("who") || t.get(k + 1).is("which"));
                return plain && close - k <= MAX_TAG || relative ? k : -1;
            }
            if (w.is(')')) {
                return -1;
            }
            plain &= w.word() || w.is('-') || w.is('.');
        }
        return -1;
    }
}
