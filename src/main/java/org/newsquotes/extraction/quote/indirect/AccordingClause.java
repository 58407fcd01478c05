package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;

/**
 * Reads "according to X, CONTENT." and "CONTENT, according to X.": the content is the last main clause before
 * "according" (after a semicolon, dash or ", and") or the rest of the sentence after the source's comma.
 * Limits: when "according to" follows the content the source runs to the sentence end (an appositive is kept);
 * a leading "according to X" needs a comma to close the source. Stateless and thread-safe.
 */
final class AccordingClause {

    /** "according to X, CONTENT" and "CONTENT, according to X" with "according" at {@code i}. */
    static Found read(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).is("to")) {
            return null;
        }
        int srcEnd = ClauseEdges.clauseEnd(t, i + 2);
        Span source = srcEnd > i + 2 ? SourceFinder.span(t, i + 2, srcEnd - 1) : null;
        int before = i > 0 && t.get(i - 1).isClauseMark() ? i - 1 : i;
        if (before >= 3) {
            int from = TailPhrase.start(t, ClauseEdges.lastClauseStart(t, t.get(0).is('—') ? 1 : 0, before), before);
            int end = ClauseEdges.sentenceEnd(t);
            Span whole = end > i + 2 ? SourceFinder.span(t, i + 2, end - 1) : source;
            return new Found(Attribution.ACCORDING, i, i + 2, from, before, whole);
        }
        int to = ClauseEdges.sentenceEnd(t);
        int from = srcEnd + 1;
        return to - from >= 3 ? new Found(Attribution.ACCORDING, i, i + 2, from, to, source) : null;
    }

    private AccordingClause() {
    }
}
