package org.newsquotes.extraction.quote;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.text.Token;

/**
 * Where the clause holding a quote starts, within the words before it in its sentence: after the last "; ",
 * clause dash, ", but" / ", while" …, "and" before a name, "what" before a named subject and its verb, a quote
 * closed by a comma before "while" … or a name and its verb ("“…,” while Lee refers to …", "“…,” Lee said"),
 * ", with" before a capitalised phrase and a participle, or an unclosed "after" / "before" / "when" clause;
 * then past an introductory clause or phrase ("While …, ", "In a statement announcing …, "). The quote's
 * reporting verb is looked for there first. Static and linear in the window. Limits: commas only, no parser; a
 * subordinate clause closed by a comma is taken to have ended.
 */
final class QuoteClause {

    /** A comma opens a new clause before these. */
    private static final Set<String> CLAUSE = Set.of("but", "while", "although", "though", "whereas", "yet");
    /**
     * Opening a subordinate clause that runs on to the quote when no comma closes it: "… hours after Smith said
     * he was “encouraged”" (the quote is in Smith's clause).
     */
    private static final Set<String> SUBORDINATOR = Set.of("after", "before", "when");
    /** Words opening an introductory clause or phrase whose reporting verb is not the quote's. */
    private static final Set<String> INTRODUCTION = Set.of("while", "although", "though", "because", "if",
            "after", "before", "when", "since", "until", "unless", "in", "on", "at", "during", "following",
            "despite", "amid", "with", "without");
    private static final int INTRO_REACH = 25;
    /** Words of a name opening a clause after a quote closed by a comma. */
    private static final int NAME_WORDS = 4;

    private QuoteClause() {
    }

    /** The index in {@code w} (the words before a quote) where the quote's clause starts; 0 for the whole. */
    static int start(List<Token> w, String text) {
        int start = 0;
        boolean comma = false;
        for (int k = w.size() - 1; k > 0; k--) {
            Token t = w.get(k);
            if (SentenceOpening.quotedCommaBetween(text, w.get(k - 1), t)
                    && (CLAUSE.contains(t.norm()) || Lexicon.isNameToken(t) && wordAfterName(w, k))) {
                start = CLAUSE.contains(t.norm()) ? k + 1 : k;
                break;
            }
            if (t.is("with") && w.get(k - 1).text().equals(",") && absolute(w, k)) {
                start = k;
                break;
            }
            if (t.text().equals(";") || isClauseDash(t) || w.get(k - 1).text().equals(",") && CLAUSE.contains(t.norm())
                    || t.is("and") && k + 1 < w.size() && Lexicon.isNameToken(w.get(k + 1))
                    && !Lexicon.isNameToken(w.get(k - 1))) {
                start = k + 1;
                break;
            }
            int named = k + 1 < w.size() && w.get(k + 1).is("the") ? k + 2 : k + 1;
            if (t.is("what") && named + 1 < w.size() && cueAfter(w, named + 1)
                    && (Lexicon.isNameToken(w.get(named)) || Lexicon.isTitle(w.get(named)))) {
                start = k;
                break;
            }
            if (!comma && SUBORDINATOR.contains(t.norm()) && k + 1 < w.size()) {
                start = k + 1;
                break;
            }
            comma |= t.text().equals(",");
        }
        return start + afterIntroduction(w.subList(start, w.size()));
    }

    /**
     * "“…,” Ortiz expressed …", "“…,” Sam A. Ortiz expressed …": a lower-case word right after the name starting
     * at {@code k} (at most {@link #NAME_WORDS} capitalised words and initials' dots).
     */
    private static boolean wordAfterName(List<Token> w, int k) {
        int i = k + 1;
        while (i < w.size() && i - k < NAME_WORDS
                && (Lexicon.isNameToken(w.get(i)) || w.get(i).text().equals("."))) {
            i++;
        }
        return i < w.size() && w.get(i).isWord() && !w.get(i).isCapitalized();
    }

    /**
     * ", with Sen. Jo Lee telling reporters …": "with", a capitalised phrase and a participle within a few words
     * open a clause of their own.
     */
    private static boolean absolute(List<Token> w, int k) {
        if (k + 2 >= w.size() || !w.get(k + 1).isCapitalized()) {
            return false;
        }
        for (int i = k + 2; i < w.size() && i - k <= 7; i++) {
            Token t = w.get(i);
            if (!t.isWord()) {
                return false;
            }
            if (!t.isCapitalized()) {
                return t.norm().endsWith("ing");
            }
        }
        return false;
    }

    /**
     * "… shedding what Gilbert called “…”": a free relative "what" with a named subject and a reporting verb
     * before the quote opens the quote's clause (the sentence's earlier verb is not the quote's).
     */
    private static boolean cueAfter(List<Token> w, int from) {
        for (int k = from; k < w.size() && k - from < 6; k++) {
            Token t = w.get(k);
            if (CueLexicon.isCue(t) && !t.isCapitalized()) {
                return true;
            }
            if (!t.isWord() && !t.text().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * False when the clause's first reporting verb continues the main clause ("— and said it is like Jo Lee
     * referring to “…”": no subject of its own) and {@code a} comes from a later verb, which is then not the
     * quote's.
     */
    static boolean opensWithCue(List<Token> clause, Attribution a) {
        for (int c = 0; c < clause.size(); c++) {
            if (CueLexicon.isCue(clause.get(c)) && !clause.get(c).isCapitalized()) {
                boolean continues = c > 0 && (clause.get(c - 1).is("and") || clause.get(c - 1).is("but"));
                return !continues || clause.get(c).start() == a.cue().start();
            }
        }
        return true;
    }

    /**
     * "While not every claim Voss makes holds up, Lee said …", "In a statement announcing the pick, the union
     * called …": where the main clause starts after an introductory clause or phrase (opened by a subordinator or
     * preposition, closed by a comma within reach), else 0. "As Smith put it, …" is not skipped: its verb is the
     * quote's.
     */
    static int afterIntroduction(List<Token> w) {
        if (w.isEmpty() || !INTRODUCTION.contains(w.get(0).norm())) {
            return 0;
        }
        for (int k = 1; k < w.size() - 1 && k <= INTRO_REACH; k++) {
            if (w.get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** A dash opening a new clause inside a sentence ("… – Smith saying he was “…”"). */
    private static boolean isClauseDash(Token t) {
        String s = t.text();
        return s.equals("–") || s.equals("—") || s.equals("―");
    }
}
