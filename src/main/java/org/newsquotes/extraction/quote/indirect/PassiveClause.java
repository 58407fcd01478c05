package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * A passive cue whose content is its subject and whose source follows "by": "The meeting was first
 * reported by Politico", "the plan is opposed by most farmers". The content is the noun phrase before the
 * form of "be" (up to a clause mark or conjunction), the source the phrase after "by". Without the agent
 * phrase no reading is made (most passives report no speech). Stateless; constant work per cue.
 */
final class PassiveClause {

    /** Forms of "be" that make a passive with a past participle. */
    static final WordSet BE = WordSet.of("was", "were", "is", "are", "been", "be", "being");

    private PassiveClause() {
    }

    /** The reading of the participle cue at {@code i}, or null when it is no "X be CUE-ed by Y". */
    static Found read(List<Token> t, int i) {
        String cue = t.get(i).norm();
        if (!cue.endsWith("ed") && !cue.endsWith("en") && !cue.endsWith("wn") || i + 2 >= t.size()
                || !t.get(i + 1).is("by")) {
            return null;
        }
        int be = i - 1;
        while (be > 0 && t.get(be).word() && Words.isAdverbLike(t.get(be).norm()) && !BE.contains(t.get(be).norm())) {
            be--;
        }
        if (be < 1 || !BE.contains(t.get(be).norm())) {
            return null;
        }
        int last = be - 1;
        while (last > 0 && t.get(last).word() && Words.AUX.contains(t.get(last).norm())) {
            last--;
        }
        if (!t.get(last).word()) {
            return null;
        }
        int from = SourceFinder.phraseStart(t, last, 0);
        Span source = SourceFinder.after(t, i + 2);
        return new Found(Attribution.LEADING, i, i + 1, from, last + 1, source);
    }
}
