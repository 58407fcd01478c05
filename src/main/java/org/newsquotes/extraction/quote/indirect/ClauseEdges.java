package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * Sentence and clause boundaries shared by the clause readers: where a clause or the sentence ends (a
 * period inside a title or initial, "Ms. Lee", "J. Smith", ends nothing) and where the last main clause
 * of a span starts. Token-level only: no parsing, so a comma inside a long noun phrase also ends a
 * "clause". Stateless and thread-safe.
 */
final class ClauseEdges {

    /**
     * Start of the last main clause in {@code [from, to)}: after the last semicolon, colon, dash or ", and" / ", but"
     * ("A, and B, according to X" attributes B); {@code from} when there is none.
     */
    static int lastClauseStart(List<Token> t, int from, int to) {
        for (int k = to - 2; k > from; k--) {
            Token tok = t.get(k);
            if (tok.is(';') || tok.is(':') || tok.is('—') || tok.is('–') || ContentBounds.spacedHyphen(t, k)) {
                return k + 1;
            }
            if (tok.is(',') && Words.COORDINATORS.contains(t.get(k + 1).norm())) {
                return k + 2;
            }
        }
        return from;
    }

    /** Index of the first clause mark or sentence-final mark at or after {@code from}. */
    static int clauseEnd(List<Token> t, int from) {
        int k = from;
        while (k < t.size() && !t.get(k).isClauseMark() && (!isFinal(t.get(k)) || titlePeriod(t, k))) {
            k++;
        }
        return k;
    }

    /**
     * True for the period of a title or initial inside a name ("Ms. Lee", "Gov. Ruiz", "J. Smith"): a
     * short capitalised word right before it and a capitalised word after it.
     */
    static boolean titlePeriod(List<Token> t, int k) {
        return t.get(k).is('.') && k >= 1 && k + 1 < t.size() && SubjectEnd.abbreviation(t, k - 1)
                && t.get(k + 1).word() && t.get(k + 1).capitalized();
    }

    /** Token count without the sentence-final punctuation. */
    static int sentenceEnd(List<Token> t) {
        int k = t.size();
        while (k > 0 && !t.get(k - 1).word() && (isFinal(t.get(k - 1)) || t.get(k - 1).isClauseMark())) {
            k--;
        }
        return k;
    }

    static boolean isFinal(Token tok) {
        return tok.is('.') || tok.is('!') || tok.is('?');
    }

    private ClauseEdges() {
    }
}
