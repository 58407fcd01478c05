package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * Two fixed phrasings of a view that the plain clause patterns miss:
 * <ul>
 *   <li>a passive of perception, "the board is widely seen as the weakest in years": the content is what
 *       follows "as" up to the clause end, the source the agent of "by" when one stands between the
 *       participle and "as" ("seen by many as"), else none;</li>
 *   <li>"X made (it) clear (that) CONTENT": the content is the clause after "clear", the source the
 *       subject before "made"; also "it became clear (that) CONTENT" and "it is not clear that/whether
 *       CONTENT", without a source. The scanner reads "clear" through this class only: as an adjective
 *       ("clear momentum", "Real Clear Politics") it reports nothing (train: 31 of 71 readings right before).</li>
 * </ul>
 * Limits: no parser, so the "be" form must stand right before the participle (adverbs in between are
 * skipped) and an active "voters see him as" is not read here. Stateless; constant work per cue.
 */
final class PerceptionClause {

    /** Participles of seeing and judging that take "as". */
    static final WordSet PERCEIVED = WordSet.of("seen", "viewed", "regarded", "perceived");

    /** Forms of "make" before "(it) clear". */
    static final WordSet MAKE = WordSet.of("made", "make", "makes", "making");

    /** The longest "by" agent read between the participle and "as", in tokens. */
    static final int MAX_AGENT = 5;

    private PerceptionClause() {
    }

    /** The reading of the cue at {@code i}, or null when it is neither phrasing. */
    static Found read(List<Token> t, int i) {
        String cue = t.get(i).norm();
        if (PERCEIVED.contains(cue)) {
            return perceived(t, i);
        }
        return cue.equals("clear") ? madeClear(t, i) : null;
    }

    /** "X is (widely) seen (by Y) as CONTENT". */
    private static Found perceived(List<Token> t, int i) {
        int be = i - 1;
        while (be > 0 && t.get(be).word() && Words.isAdverbLike(t.get(be).norm())
                && !PassiveClause.BE.contains(t.get(be).norm())) {
            be--;
        }
        if (be < 1 || !PassiveClause.BE.contains(t.get(be).norm())) {
            return null;
        }
        int as = i + 1;
        Span source = null;
        if (as < t.size() && t.get(as).is("by")) {
            int k = as + 1;
            while (k < t.size() && k - as <= MAX_AGENT && t.get(k).word() && !t.get(k).is("as")) {
                k++;
            }
            if (k >= t.size() || !t.get(k).is("as") || k == as + 1) {
                return null;
            }
            source = SourceFinder.span(t, as + 1, k - 1);
            as = k;
        }
        if (as >= t.size() || !t.get(as).is("as")) {
            return null;
        }
        int from = as + 1;
        int to = ContentBounds.clauseStop(t, from);
        return to > from ? new Found(Attribution.LEADING, i, i + 1, from, to, source) : null;
    }

    /** Forms of "become" before "clear". */
    static final WordSet BECOME = WordSet.of("became", "become", "becomes", "becoming");

    /** Words after "not clear" that open a reported clause. */
    static final WordSet OPENERS = WordSet.of("that", "whether", "if");

    /** "X made (it) clear (that) CONTENT", "it became clear (that) CONTENT", "it is not clear that CONTENT" ("nor is it clear that"). */
    private static Found madeClear(List<Token> t, int i) {
        if (!t.get(i).is("clear") || t.get(i).capitalized() || i < 1) {
            return null;
        }
        boolean next = i + 1 < t.size();
        int from = next && t.get(i + 1).is("that") ? i + 2 : i + 1;
        if (BECOME.contains(t.get(i - 1).norm())) {
            return clause(t, i, from, null);
        }
        if (i >= 2 && (t.get(i - 1).is("not") || t.get(i - 1).is("it")) && PassiveClause.BE.contains(t.get(i - 2).norm())) {
            return next && OPENERS.contains(t.get(i + 1).norm()) ? clause(t, i, i + 2, null) : null;
        }
        int make = i >= 2 && t.get(i - 1).is("it") ? i - 2 : i - 1;
        if (!MAKE.contains(t.get(make).norm())) {
            return null;
        }
        return clause(t, i, from, SourceFinder.before(t, make));
    }

    private static Found clause(List<Token> t, int i, int from, Span source) {
        int to = ContentBounds.clauseStop(t, from);
        return to - from < 2 ? null : new Found(Attribution.LEADING, i, i + 1, from, to, source);
    }
}
