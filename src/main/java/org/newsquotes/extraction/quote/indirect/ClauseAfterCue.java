package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * Tells when what follows a trailing reading's cue is a reported clause, not the cue's source or tail, so
 * that the sentence is read "X, a Republican, said CONTENT" instead of "CONTENT, said X": an inverted
 * "source" with a past-tense verb after a noun ("..., said the family deserved better"), or a tail opening
 * with existential "there" and a verb ("..., Trump said there was no evidence"). Limits: past tense is
 * recognised by its "-ed" ending only (irregular verbs such as "knew" are missed); words after a relative
 * "who"/"which"/"that" are not checked. Stateless.
 */
final class ClauseAfterCue {

    private ClauseAfterCue() {
    }

    /** True when the trailing reading {@code f} has a reported clause after its cue. */
    static boolean follows(List<Token> t, Found f) {
        int after = f.cueEnd();
        if (after + 1 < t.size() && t.get(after).is("there") && Words.FINITE.contains(t.get(after + 1).norm())) {
            return true;
        }
        if (f.to() + 1 != f.cue()) {
            return false;    // "CONTENT, X said ...": the source stands before the cue
        }
        for (int k = after + 1; k < t.size() && t.get(k).word(); k++) {
            Token tok = t.get(k);
            if (Words.NP_BOUNDARY.contains(tok.norm()) || tok.is("who")) {
                return false;
            }
            Token prev = t.get(k - 1);
            if (!tok.capitalized() && tok.norm().endsWith("ed") && tok.norm().length() > 4 && prev.word()
                    && !prev.capitalized() && !Words.DETERMINERS.contains(prev.norm()) && !Words.AUX.contains(prev.norm())) {
                return true;
            }
        }
        return false;
    }
}
