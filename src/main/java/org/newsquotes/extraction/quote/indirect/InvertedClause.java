package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Reads the inverted clause of a trailing reading "CONTENT, said X." (the cue before its source; not to be
 * confused with {@code quote.InvertedSource}, which finds the speaker of a direct quote): X must be a short phrase opening with
 * a capital or determiner ("said Smith", "said a senior official"), possibly followed by an appositive or
 * relative clause, and must not itself read as a reported clause ("..., said the family deserved better").
 * Limits: past tense is recognised by its "-ed" ending only, finite verbs from a short list only. Stateless
 * and thread-safe.
 */
final class InvertedClause {

    /** Subject pronouns after the cue's first word ("said Tuesday she agrees"): a reported clause, not a source. */
    private static final WordSet SUBJECTS = WordSet.of("he", "she", "they", "we", "i");

    /** Words that open an appositive or relative clause after an inverted source ("said Ann Lee, a lawyer, who"). */
    private static final WordSet APPOSITIVE_OPENERS = WordSet.of("a", "an", "the", "who", "whose",
            "which", "one", "director", "president", "chairman", "professor", "spokesman", "spokeswoman");

    /**
     * True when {@code [from, end)}, right after the cue, is an inverted source: "said Smith", "said a senior
     * official" (a short phrase opening with a capital or determiner, or one word), holding no finite verb or
     * subject pronoun, and closing the sentence or followed only by a short tail or an appositive.
     */
    static boolean accepts(List<Token> t, int from, int end) {
        if (end == from || end - from > TrailingClause.MAX_SOURCE + 4) {
            return false;
        }
        int stop = ClauseEdges.sentenceEnd(t);
        if (end < stop && (!t.get(end).is(',') || ClauseEdges.clauseEnd(t, end + 1) < stop
                || stop - end > TrailingClause.MAX_TAIL)
                && !appositiveTail(t, end)) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (Words.FINITE.contains(t.get(k).norm()) || k > from && SUBJECTS.contains(t.get(k).norm())) {
                return false;    // "NP, Name, said the talks should go on": a clause, not an inverted source
            }
        }
        Token first = t.get(from);
        return (first.capitalized() || Words.DETERMINERS.contains(first.norm()))
                && !Words.PRONOUNS.contains(first.norm()) || end - from == 1;
    }

    /**
     * True when the inverted "source" {@code [from, end)} reads as a clause: a past-tense verb after a
     * lower-case noun ("..., said the family deserved better") or an infinitive after its object ("..., stated
     * his intention to vote"), checked up to the first relative word or conjunction (", said a man who ...").
     * Past tense is recognised by its "-ed" ending only ("knew" is missed).
     */
    static boolean clauseInside(List<Token> t, int from, int end) {
        for (int k = from + 1; k < end && t.get(k).word(); k++) {
            Token tok = t.get(k);
            if (Words.NP_BOUNDARY.contains(tok.norm()) || tok.is("who")) {
                return false;
            }
            Token prev = t.get(k - 1);
            if (prev.is("to") && k - 1 > from && !tok.capitalized() && !Words.DETERMINERS.contains(tok.norm())) {
                return true;
            }
            if (TrailingClause.pastVerb(tok) && prev.word() && !prev.capitalized()
                    && !Words.DETERMINERS.contains(prev.norm()) && !Words.AUX.contains(prev.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the source ending at the comma {@code end} is followed by an appositive or a relative clause
     * of any length ("..., said Ann Lee, a lawyer at the firm, who ..."): the source is still a short phrase.
     */
    private static boolean appositiveTail(List<Token> t, int end) {
        return end + 1 < t.size() && t.get(end).is(',') && APPOSITIVE_OPENERS.contains(t.get(end + 1).norm());
    }

    private InvertedClause() {
    }
}
