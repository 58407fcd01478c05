package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A question put to the subject of the main clause: "Asked (by the host) (about) CONTENT, the mayor said
 * ...", "..., he said when asked whether CONTENT." The cue is a bare "asked" at the start of a clause
 * (sentence start, a comma, or "when"/"after"/"if"/"once"); the content is the question, from "about" or a
 * question word within a few tokens, up to the next clause mark. No source: the one questioned is the
 * main clause's subject. Stateless; linear in the distance to the next clause mark.
 */
final class AskedClause {

    /** How far after "asked" the question may start ("Asked at a briefing on Monday about ..."). */
    static final int MAX_LEAD = 8;

    /** Words after which "asked" opens a clause of its own. */
    static final WordSet OPENERS = WordSet.of("when", "after", "if", "once", "while", "as");

    /** Words that open the question: "about" is left out of the content, the others are kept. */
    static final WordSet QUESTION = WordSet.of("about", "if", "whether", "what", "who", "why", "how", "when",
            "where", "which");

    private AskedClause() {
    }

    /** The reading of the cue at {@code i}, or null when it is no clause-opening "asked" with a question. */
    static Found read(List<Token> t, int i) {
        if (!t.get(i).is("asked") || i > 0 && !t.get(i - 1).isClauseMark() && !OPENERS.contains(t.get(i - 1).norm())) {
            return null;
        }
        int k = i + 1;
        while (k < t.size() && k - i <= MAX_LEAD && !QUESTION.contains(t.get(k).norm()) && !t.get(k).isClauseMark()
                && !ClauseEdges.isFinal(t.get(k))) {
            k++;
        }
        if (k >= t.size() || !QUESTION.contains(t.get(k).norm())) {
            return null;
        }
        int from = t.get(k).is("about") ? k + 1 : k;
        int to = ClauseEdges.clauseEnd(t, from);
        return to > from ? new Found(Attribution.LEADING, i, i + 1, from, to, null) : null;
    }
}
