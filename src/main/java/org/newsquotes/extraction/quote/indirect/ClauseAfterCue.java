package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * Tells when what follows a trailing reading's cue is a reported clause, not the cue's source or tail, so
 * that the sentence is read "X, a Republican, said CONTENT" instead of "CONTENT, said X": an inverted
 * "source" with a past-tense verb after a noun ("..., said the family deserved better"), or a tail opening
 * with existential "there" and a verb ("..., Trump said there was no evidence"), an inverted "source" holding an
 * infinitive ("..., also stated his intention to vote"), or a "source" before a trailing noun cue that opens
 * with a past-tense verb ("Lee, a director, praised Clinton's remarks"). Limits: past tense is
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
        if (after + 2 < t.size() && t.get(after).is("at") && (t.get(after + 1).is("least") || t.get(after + 1).is("most"))) {
            return true;    // "..., CNN reported at least six planes flew over": a quantity, not a place
        }
        if (f.to() + 1 != f.cue()) {
            return pastVerbBefore(t, f);
        }
        for (int k = after + 1; k < t.size() && t.get(k).word(); k++) {
            Token tok = t.get(k);
            if (Words.NP_BOUNDARY.contains(tok.norm()) || tok.is("who")) {
                return false;
            }
            Token prev = t.get(k - 1);
            if (prev.is("to") && !tok.capitalized() && !Words.DETERMINERS.contains(tok.norm()) && k - 1 > after) {
                return true;    // "..., also stated his intention to vote for X": an infinitive object
            }
            if (!tok.capitalized() && tok.norm().endsWith("ed") && tok.norm().length() > 4 && prev.word()
                    && !prev.capitalized() && !Words.DETERMINERS.contains(prev.norm()) && !Words.AUX.contains(prev.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the "source" between the comma and a trailing noun cue opens with a past-tense verb
     * ("Lee, a director, praised Clinton's remarks"): the words before the comma are the subject.
     */
    private static boolean pastVerbBefore(List<Token> t, Found f) {
        int first = f.to() + 1;
        if (first >= f.cue() || !t.get(first).word()) {
            return false;
        }
        Token tok = t.get(first);
        return !tok.capitalized() && tok.norm().endsWith("ed") && tok.norm().length() > 4;
    }
}
