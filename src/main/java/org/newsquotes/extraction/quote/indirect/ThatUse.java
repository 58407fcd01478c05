package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A "that" after a cue that opens no reported content: the "that" of a result clause ("so weak that", "such a
 * risk that"), which tells a consequence, and a relative "that" followed straight by an auxiliary ("backed a
 * proposal that would cut the levy"). Used by {@link ThatOpener}. Limits: word shapes only, no parse, so a
 * relative "that" before a lexical verb ("a plan that cuts the levy") is not seen. Stateless.
 */
final class ThatUse {

    private ThatUse() {
    }

    /** Words after "so" that a result clause's "that" may follow: "so much so that", "so many voters that". */
    static final WordSet SO_DEGREES = WordSet.of("much", "many", "few", "little");

    /** How far back a "such" makes a "that" open a result clause: "posed such a grave risk that". */
    static final int SUCH_REACH = 4;

    /**
     * True when the "that" at {@code k} opens a result clause ("so weak that", "so many voters that", "such a
     * risk that"), which tells a consequence, not what the cue's source said.
     */
    static boolean resultClause(List<Token> t, int k) {
        if (k >= 2 && t.get(k - 2).is("so") && t.get(k - 1).word()
                || k >= 3 && t.get(k - 3).is("so") && SO_DEGREES.contains(t.get(k - 2).norm())) {
            return true;
        }
        for (int j = k - 1; j >= 0 && k - j <= SUCH_REACH && t.get(j).word(); j--) {
            if (t.get(j).is("such")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the "that" at {@code k} is followed straight by an auxiliary or modal ("backed a proposal that
     * would cut the levy"): after words standing between it and the cue, such a "that" is a relative pronoun
     * with no subject after it, not a conjunction opening the content.
     */
    static boolean relativeThat(List<Token> t, int k) {
        if (k + 1 >= t.size()) {
            return false;
        }
        String next = t.get(k + 1).norm();
        return Words.FINITE.contains(next) && !CoordinatedSubject.LEXICAL_VERBS.contains(next) || next.endsWith("n't");
    }
}
