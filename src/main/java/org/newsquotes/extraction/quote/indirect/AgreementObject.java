package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Agreement with a view or a side: "Many voters agree with his assessment", "the court sided with the
 * state", "Lee disagreed with the mayor that the port should close". The content is the object of "with"
 * (a short noun phrase), or the "that" clause after it when there is one; the source is the subject before
 * the cue when {@link SourceFinder} finds one. Limits: only the verbs in {@link #CUES} that the lexicon tries (its threshold applies), with "with" right
 * after the cue; the object phrase is cut by {@link ContentBounds#phraseEnd}. Stateless.
 */
final class AgreementObject {

    /** Verbs of agreement whose "with" object is the view agreed with. */
    static final WordSet CUES = WordSet.of("agree", "agrees", "agreed", "agreeing", "disagree", "disagrees",
            "disagreed", "disagreeing", "sided", "siding", "side", "concur", "concurs", "concurred");

    private AgreementObject() {
    }

    /** The reading of the cue at {@code i}, or null when it is not "CUE with OBJECT". */
    static Found read(List<Token> t, int i) {
        if (!CUES.contains(t.get(i).norm()) || i + 2 >= t.size() || !t.get(i + 1).is("with") || !t.get(i + 2).word()) {
            return null;
        }
        int from = i + 2;
        int to = ContentBounds.phraseEnd(t, from);
        if (to < t.size() && t.get(to).is("that") && to + 1 < t.size()) {
            from = to + 1;
            to = ContentBounds.clauseStop(t, from);
        }
        return to > from ? new Found(Attribution.LEADING, i, i + 2, from, to, SourceFinder.before(t, i)) : null;
    }
}
