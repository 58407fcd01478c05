package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * A cue inside a restrictive relative clause ("voters who want to see X | will decide", "those who said the
 * tax was unfair | were fewer"): the relative clause, and with it the content, ends before the main
 * clause's verb. Without parts of speech, that verb is recognised only as a listed finite verb or modal
 * ({@link Words#FINITE}): the first one after an infinitive or noun phrase content, the second one after a
 * clause with its own verb (a verb group such as "may have" counts once). A non-restrictive relative (", who said ...,") ends at its comma already.
 * Stateless.
 */
final class RelativeCue {

    private RelativeCue() {
    }

    /** True when the cue's source slot {@code last} is a "who" not preceded by a comma. */
    static boolean restrictive(List<Token> t, int last) {
        return last >= 1 && t.get(last).is("who") && t.get(last - 1).word();
    }

    /** The content end in {@code [from, to)}: before the main clause's finite verb, or {@code to}. */
    static int end(List<Token> t, int from, int to) {
        int allowed = t.get(from).is("to") ? 0 : 1;
        int seen = 0;
        for (int k = from + 1; k < to; k++) {
            String w = t.get(k).norm();
            if ((Words.FINITE.contains(w) || w.endsWith("n't")) && !Words.AUX.contains(t.get(k - 1).norm())
                    && !Words.FINITE.contains(t.get(k - 1).norm())) {
                if (seen == allowed) {
                    return k;
                }
                seen++;
            }
        }
        return to;
    }
}
