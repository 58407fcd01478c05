package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * Finds the source mention next to a cue: the noun phrase before it ("Kremlin spokesperson Dmitry Peskov
 * said", "Sam Greene, director of the institute, said") or after it ("said Sam Greene", "according to
 * senior officials"). Heuristic, without parts of speech: a phrase runs until punctuation, a conjunction
 * or a relative word, and at most {@link #MAX} tokens. Stateless.
 */
final class SourceFinder {

    static final int MAX = 10;

    private SourceFinder() {
    }

    /** Quantifiers that are the subject when they open the sentence ("Both want ...", "All see ..."), not adverbs. */
    static final WordSet QUANTIFIER_SUBJECTS = WordSet.of("both", "all");

    /** The longest party-and-state tag skipped between a name and its cue: "(D-Calif.)", "(I-Vt.)". */
    static final int MAX_TAG = 6;

    /**
     * Index of the first token before {@code cue} that is not an auxiliary or adverb ("Both" or "All" opening the
     * sentence is a subject: "Both want ..."); a short parenthesis
     * right after the source ("Sanders (I-Vt.) said", "Reid (D) has attacked") is skipped as well.
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

    /** The longest aside between dashes skipped before a cue: "The judge -- who ... -- said". */
    static final int MAX_ASIDE = 30;

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
     * ("X -- who has ... -- said"), or -1 when there is none within {@link #MAX_ASIDE} tokens.
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

    /** Start index of the phrase that ends at token {@code last}, scanning back to {@code floor}. */
    static int phraseStart(List<Token> t, int last, int floor) {
        int k = last;
        while (k > floor && last - k < MAX - 1) {
            Token prev = t.get(k - 1);
            if (!prev.word() && !prev.is('.') && !prev.is('\'') && !prev.is('’')) {
                break;
            }
            if (Words.NP_BOUNDARY.contains(prev.norm()) || Words.PRONOUNS.contains(t.get(k).norm())) {
                break;
            }
            k--;
        }
        return k;
    }

    /**
     * The source mention ending just before the cue, or null. Handles one appositive in commas; null after
     * a conjunction ("... and said"), whose subject is the first verb's.
     */
    static Span before(List<Token> t, int cue) {
        int last = skipAuxBack(t, cue);
        if (last < 0) {
            return null;
        }
        boolean quoted = last > 0 && closingQuote(t.get(last)) && t.get(last - 1).is(',');
        if (quoted) {
            last--;     // "Ruiz, who calls it “a scandal,” said": the appositive's comma sits inside the quote
        }
        if (t.get(last).is(',')) {
            int comma = last - 1;
            while (comma > 0 && !t.get(comma).isClauseMark() && last - comma < 30) {
                comma--;
            }
            if (comma > 0 && !t.get(comma).is(',')) {
                return null;
            }
            int start = comma <= 0 ? 0 : phraseStart(t, comma - 1, 0);
            return last > 0 ? span(t, start, quoted ? last + 1 : last - 1) : null;
        }
        if (!t.get(last).word() || Words.COORDINATORS.contains(t.get(last).norm())) {
            return null;    // "... and said": the subject stands before the first verb
        }
        Span owner = possessor(t, last);
        if (owner != null) {
            return owner;
        }
        int start = phraseStart(t, last, 0);
        int end = t.get(last + 1).is('.') ? last + 1 : last;    // "Lind Jr." keeps its period
        return start == last && Words.RELATIVES.contains(t.get(last).norm()) ? antecedent(t, last) : span(t, start, end);
    }

    /** Most lower-case words between a possessor and its speech noun: "Yeltsin's stern, testy warning". */
    static final int MAX_NOUN_MODIFIERS = 2;

    /**
     * "… how NATO responds to President Boris N. Yeltsin's testy warning that C": a capitalised possessive a
     * few lower-case words before the cue makes the cue a noun and its owner the source (the name without
     * "'s"); the words before the name belong to another clause. Null when there is no such possessor.
     */
    private static Span possessor(List<Token> t, int last) {
        int k = last;
        while (k > 0 && last - k < MAX_NOUN_MODIFIERS && t.get(k).word() && !t.get(k).capitalized()
                && !possessive(t.get(k))) {
            k--;
        }
        Token owner = t.get(k);
        if (!owner.word() || !owner.capitalized() || !possessive(owner)) {
            return null;
        }
        int start = k;
        while (start > 0 && k - start < MAX - 1 && (nameWord(t.get(start - 1)) || initialPeriod(t, start - 1))) {
            start--;
        }
        return new Span(t.get(start).start(), owner.end() - 2);
    }

    private static boolean nameWord(Token w) {
        return w.word() && w.capitalized();
    }

    /** The period of an initial ("Boris N. Yeltsin"): right after a capitalised word of one letter. */
    private static boolean initialPeriod(List<Token> t, int k) {
        return k > 0 && t.get(k).is('.') && nameWord(t.get(k - 1)) && t.get(k - 1).norm().length() == 1
                && t.get(k - 1).end() == t.get(k).start();
    }

    private static boolean closingQuote(Token w) {
        return w.is('”') || w.is('"');
    }

    private static boolean possessive(Token w) {
        return w.norm().length() > 2 && w.norm().endsWith("'s");
    }

    /** "officials who said", "Smith, who said": the phrase before the relative word, else the word. */
    private static Span antecedent(List<Token> t, int relative) {
        int last = relative - 1;
        if (last >= 0 && t.get(last).is(',')) {
            last--;
        }
        if (last < 0 || !t.get(last).word()) {
            return span(t, relative, relative);
        }
        int start = phraseStart(t, last, 0);
        for (int k = last - 1; k > start; k--) {
            if (Words.DETERMINERS.contains(t.get(k).norm()) && !t.get(k - 1).capitalized()) {
                start = k;
                break;
            }
        }
        return span(t, start, last);
    }

    /**
     * The agent right after a passive's "by" ("opposed by most farmers"), up to a clause mark, a finite verb or a
     * conjunction ("by the old guard | are gone").
     */
    static Span after(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX + 4
                && (t.get(k).word() && (k == from || !Words.FINITE.contains(t.get(k).norm()) && !Words.NP_BOUNDARY.contains(t.get(k).norm()))
                    || t.get(k).is('.') && k + 1 < t.size() && t.get(k + 1).word())) {
            k++;
        }
        return k > from ? span(t, from, k - 1) : null;
    }

    static Span span(List<Token> t, int first, int last) {
        return new Span(t.get(first).start(), t.get(last).end());
    }
}
