package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.WordSet;

/**
 * A cue noun whose content follows a copula or colon: "Their fear is that the moment could pass", "the question
 * is whether Lee will run", "Her goal was to win", "Their argument: only the council can act". The content is the
 * clause after "is that", a question word, "to" or the colon; the source is the possessor before the noun
 * ("their", "Lee's"). Limits: the noun must follow a possessor within {@value #MAX_MODIFIERS} words (after an
 * article, "the question is whether ...", "the goal: ...", the readings were mostly wrong on train); a plain
 * predicate ("her support is strong") is not read. Stateless; constant work per cue.
 */
final class CopulaNoun {

    /** Copulas between the noun and its content. */
    static final WordSet COPULAS = WordSet.of("is", "was", "remains", "remained", "are", "were");

    /** Words that open the content right after the copula (besides "that"): a question word or infinitive. */
    static final WordSet OPENERS = WordSet.of("whether", "what", "why", "how", "who", "when", "where", "to", "if");

    /** Most modifiers between the determiner and the noun: "their main argument". */
    static final int MAX_MODIFIERS = 2;

    private CopulaNoun() {
    }

    /** The reading of the noun cue at {@code i}, or null when no "DET NOUN is that CONTENT" or "DET NOUN: CONTENT". */
    static Found read(List<Token> t, int i) {
        if (i + 2 >= t.size()) {
            return null;
        }
        int from;
        if (t.get(i + 1).is(':')) {
            from = i + 2;
        } else if (COPULAS.contains(t.get(i + 1).norm()) && t.get(i + 2).is("that") && i + 3 < t.size()) {
            from = i + 3;
        } else if (COPULAS.contains(t.get(i + 1).norm()) && OPENERS.contains(t.get(i + 2).norm())) {
            from = i + 2;
        } else {
            return null;
        }
        int det = i - 1;
        while (det >= 0 && i - det <= MAX_MODIFIERS && t.get(det).word() && !owner(t.get(det)) && !t.get(det).capitalized()) {
            det--;
        }
        if (det < 0 || !owner(t.get(det))) {
            return null;
        }
        Span source = SourceFinder.span(t, det, det);
        int to = ContentBounds.clauseStop(t, from);
        return to - from >= 2 ? new Found(Attribution.NOUN, i, i + 1, from, to, source) : null;
    }

    /** A possessor: a possessive pronoun or a name with "'s" ("Lee's"), not an article ("the goal: ...", "Editor's note:"). */
    private static boolean owner(Token tok) {
        String w = tok.norm();
        return tok.word() && (NounCue.POSSESSIVES.contains(w) || w.endsWith("'s") && w.length() > 3 && tok.capitalized()
                && !w.equals("editor's"));
    }
}
