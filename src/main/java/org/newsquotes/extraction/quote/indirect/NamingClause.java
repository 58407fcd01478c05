package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A naming participle right before "as": "the program, known as the Fuel Standard", "what is now known as
 * the NeverTrump movement", "an ad described as misleading". The content is the name or description after
 * "as" (up to a preposition, clause mark, finite verb or lower-case time word; "Super Tuesday" stays whole); the source is left open, as the
 * phrase before the participle is what is named, not who names it. Stateless; constant work per cue.
 */
final class NamingClause {

    /** Participles that name or describe their subject through "as". */
    static final WordSet NAMING = WordSet.of("known", "described", "dubbed", "labeled", "labelled", "branded");

    private NamingClause() {
    }

    /** The reading of the participle at {@code i}, or null when it is no "known as NAME". */
    static Found read(List<Token> t, int i) {
        if (!NAMING.contains(t.get(i).norm()) || i + 2 >= t.size() || !t.get(i + 1).is("as")) {
            return null;
        }
        int from = i + 2;
        int to = from;
        while (to < t.size() && to - from < ContentBounds.MAX_PHRASE && t.get(to).word()
                && !Words.PHRASE_STOP.contains(t.get(to).norm()) && !Words.FINITE.contains(t.get(to).norm())
                && (t.get(to).capitalized() || to == from || !Words.TIME.contains(t.get(to).norm()))) {
            to++;
        }
        return to > from && !Words.DETERMINERS.contains(t.get(to - 1).norm())
                ? new Found(Attribution.LEADING, i, i + 2, from, to, null) : null;
    }
}
