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
        int last = SubjectEnd.skipAuxBack(t, cue);
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
            Span head = comma > 0 && WHO_WHICH.contains(t.get(comma + 1).norm()) ? relativeHead(t, comma) : null;
            if (head != null) {
                return head;
            }
            int start = comma <= 0 ? 0 : phraseStart(t, comma - 1, 0);
            return last > 0 ? span(t, start, quoted ? last + 1 : last - 1) : null;
        }
        if (!t.get(last).word() || Words.COORDINATORS.contains(t.get(last).norm())) {
            return null;    // "... and said": the subject stands before the first verb
        }
        Span owner = finiteVerb(t.get(cue)) ? null : possessor(t, last);
        if (owner != null) {
            return owner;
        }
        int start = phraseStart(t, last, 0);
        int end = t.get(last + 1).is('.') ? last + 1 : last;    // "Lind Jr." keeps its period
        return start == last && Words.RELATIVES.contains(t.get(last).norm())
                ? antecedent(t, last)
                : span(t, start, end);
    }

    /** Cue words that are a finite verb, never a speech noun an owner could hold. */
    private static final WordSet FINITE_CUES = WordSet.of("said", "says", "told", "tells", "wrote");

    /**
     * A cue that is a finite verb ("said", "told", a past form in "-ed"): "Hillary Clinton’s top aide said C" is
     * the aide's, not the owner's, so no possessor is read before it.
     */
    private static boolean finiteVerb(Token cue) {
        return FINITE_CUES.contains(cue.norm()) || cue.norm().endsWith("ed");
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
        return span(t, VerbObjectHead.start(t, start, last), last);
    }

    /** Relative words that open a clause between commas ("Jo Lee, who …, said"); "that" opens none. */
    private static final WordSet WHO_WHICH = WordSet.of("who", "which", "whose");

    /**
     * "Rep. Ana Ruiz (D-Ohio), who …, said", "Jo Lee, a farmer, who is a backer of Mr. Ortiz, said": the relative
     * clause between the commas describes the phrase before {@code comma}, which is the source, with one appositive of
     * its own before it ("Jo Lee, a farmer": a lower-case phrase after a capitalised one that opens with no
     * preposition, so "In May, Jo Lee" stays "Jo Lee"); a parenthesis right before the comma is stepped over. Null when
     * no word stands there or the phrase is cut at a clause word. Without this the clause was read as the source and a
     * name inside it ("Mr. Ortiz") became the speaker.
     */
    private static Span relativeHead(List<Token> t, int comma) {
        int j = comma - 1;
        if (j > 0 && t.get(j).is(')')) {
            int open = j - 1;
            while (open > 0 && j - open < 8 && !t.get(open).is('(')) {
                open--;
            }
            j = t.get(open).is('(') ? open - 1 : j;
        }
        if (j < 0 || !t.get(j).word()) {
            return null;
        }
        int start = phraseStart(t, j, 0);
        if (start > 0 && t.get(start - 1).word()) {
            return null; // cut at a clause word ("donating to Okafor that day, who"): no whole phrase
        }
        if (start >= 2 && t.get(start - 1).is(',') && !t.get(start).capitalized() && t.get(start - 2).capitalized()) {
            int name = phraseStart(t, start - 2, 0);
            boolean named = t.get(name).capitalized() && !Words.PREPOSITIONS.contains(t.get(name).norm());
            start = named ? name : start;
        }
        return span(t, start, j);
    }

    /**
     * The agent right after a passive's "by" ("opposed by most farmers"), up to a clause mark, a finite verb or a
     * conjunction ("by the old guard | are gone").
     */
    static Span after(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && k - from < MAX + 4
                && (t.get(k).word() && (k == from || phraseWord(t.get(k).norm()))
                    || t.get(k).is('.') && k + 1 < t.size() && t.get(k + 1).word())) {
            k++;
        }
        return k > from ? span(t, from, k - 1) : null;
    }

    /** A word that may carry on a noun phrase: neither a finite verb nor a phrase boundary ("who", "which"). */
    private static boolean phraseWord(String norm) {
        return !Words.FINITE.contains(norm) && !Words.NP_BOUNDARY.contains(norm);
    }

    static Span span(List<Token> t, int first, int last) {
        return new Span(t.get(first).start(), t.get(last).end());
    }
}
