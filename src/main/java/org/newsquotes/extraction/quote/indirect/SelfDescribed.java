package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A label someone gives themselves, in an indefinite noun phrase: "Ames, a self-described fiscal hawk, ...",
 * "he is a self-proclaimed outsider". The content is the label after the adjective (its words up to a
 * punctuation mark, a relative word or a verb-like function word, at most {@value #MAX_WORDS} words); no
 * source is read (the person so described is the noun phrase's referent, usually a name before the comma).
 * Only after "a", "an" or "and": "the self-described hawk" refers to someone already named by the label and
 * was seldom annotated (train: 7 of 10 indefinite uses were annotated content, 0 of 9 definite ones).
 * Limits: a label in quotation marks is left to the direct-quote detector; a label of more than
 * {@value #MAX_WORDS} words is cut. Stateless; constant work per word.
 */
final class SelfDescribed {

    static final WordSet ADJECTIVES = WordSet.of("self-described", "self-proclaimed", "self-styled",
            "self-professed", "self-declared", "self-identified");

    /** Articles or a conjunction right before the adjective: an indefinite, predicative or appositive label. */
    static final WordSet BEFORE = WordSet.of("a", "an", "and");

    /** Words that end the label: relatives, auxiliaries and prepositions that start what follows it. */
    static final WordSet STOPS = WordSet.of("who", "whom", "whose", "which", "that", "is", "was", "has", "had",
            "have", "will", "would", "and", "or", "but", "in", "on", "at", "for", "from", "with", "since", "after",
            "before", "to", "by");

    static final int MAX_WORDS = 5;

    /** Measured on train: 7 of 10 readings lay inside an annotated content. */
    static final double SCORE = 0.7;

    private SelfDescribed() {
    }

    /** The reading of the adjective at {@code i}, or null when it is none or not after "a"/"an"/"and". */
    static Found read(List<Token> t, int i) {
        if (i == 0 || !t.get(i).word() || !ADJECTIVES.contains(t.get(i).norm()) || !BEFORE.contains(t.get(i - 1).norm())) {
            return null;
        }
        int to = i + 1;
        while (to < t.size() && to - i - 1 < MAX_WORDS && t.get(to).word() && !STOPS.contains(t.get(to).norm())) {
            to++;
        }
        return to > i + 1 ? new Found(Attribution.LEADING, i, i + 1, i + 1, to, null) : null;
    }
}
