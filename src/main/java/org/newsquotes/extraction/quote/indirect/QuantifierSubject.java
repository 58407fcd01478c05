package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Reported opinions whose subject is a share of people rather than a name, as in poll write-ups:
 * "42% say they are liberal", "47 percent of voters said the law should go", "Both want a new port",
 * "Most of the senators believe it will pass". The content is the clause after the cue (after "that"),
 * the source the quantity phrase. Limits: only the clause-taking cues in {@link #CUES}; the quantity must
 * end the subject or be followed by an "of" phrase of at most {@link #MAX_SUBJECT} tokens. Stateless.
 */
final class QuantifierSubject {

    /** Cues read with a quantity subject: they take a clause or an opinion object. */
    static final WordSet CUES = WordSet.of("say", "says", "said", "believe", "believes", "believed", "think",
            "thinks", "thought", "want", "wants", "wanted", "expect", "expects", "agree", "agreed", "prefer",
            "prefers", "view", "views", "see", "sees", "consider", "considers", "feel", "feels", "fear", "fears", "worry", "worries", "doubt", "doubts", "predict",
            "predicted", "insist", "insisted", "favor", "favors", "oppose", "opposes", "support", "supports");

    /** Words naming a share of people that may head a subject. */
    static final WordSet QUANTIFIERS = WordSet.of("%", "percent", "both", "most", "many", "majority", "majorities",
            "half", "third", "thirds", "quarter", "quarters", "plurality", "few", "some");

    /** The longest subject read, in tokens from the quantity to the word before the cue. */
    static final int MAX_SUBJECT = 8;

    private QuantifierSubject() {
    }

    /** The reading of the cue at {@code i}, or null when its subject is no quantity phrase. */
    static Found read(List<Token> t, int i) {
        if (!CUES.contains(t.get(i).norm())) {
            return null;
        }
        int last = SubjectEnd.skipAuxBack(t, i);
        int head = -1;
        for (int k = last; k >= 0 && last - k < MAX_SUBJECT; k--) {
            Token tok = t.get(k);
            if (QUANTIFIERS.contains(tok.norm()) && (k == last || t.get(k + 1).is("of"))) {
                head = k;
                break;
            }
            if (!tok.word() || Words.NP_BOUNDARY.contains(tok.norm()) || Words.FINITE.contains(tok.norm())) {
                return null;
            }
        }
        if (head < 0) {
            return null;
        }
        int first = head;
        if ((t.get(head).is("%") || t.get(head).is("percent")) && head > 0 && Character.isDigit(t.get(head - 1).norm().charAt(0))) {
            first = head - 1;
        } else if (t.get(head).is("%") || t.get(head).is("percent")) {
            return null;
        }
        while (first > 0 && (t.get(first - 1).is("the") || t.get(first - 1).is("a"))) {
            first--;
        }
        if (first > 0 && t.get(first - 1).word() && !Words.COORDINATORS.contains(t.get(first - 1).norm())
                && !ContentBounds.SUBORDINATORS.contains(t.get(first - 1).norm())) {
            return null;    // "with 42% preferring", "than most expected": not the subject of the cue
        }
        int from = i + 1 < t.size() && t.get(i + 1).is("that") ? i + 2 : i + 1;
        if (from >= t.size() || !t.get(from).word()) {
            return null;
        }
        int to = ContentBounds.clauseStop(t, from);
        return to - from >= 2 ? new Found(Attribution.LEADING, i, i + 1, from, to, SourceFinder.span(t, first, last)) : null;
    }
}
