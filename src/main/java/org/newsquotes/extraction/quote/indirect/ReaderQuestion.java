package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * A question the writer puts to the reader, opening a paragraph of its own: "Do you support the mayor?",
 * "Would you back a second bridge?". Nobody is reported there (the "you" is the reader, and the sentence
 * asks rather than tells), so no cue word in it is read. A question after a label ("Q: Do you think ...?",
 * "HOST: Are you ...?") does not open its paragraph and is left to the other readers.
 * Limits: only a yes/no question opening with an auxiliary and "you" and ending in "?"; a reader question
 * inside a paragraph, or one opening with a wh-word, is still read.
 * Stateless; constant work.
 */
final class ReaderQuestion {

    static final WordSet AUXILIARIES = WordSet.of("do", "does", "did", "are", "were", "would", "will", "should",
            "can", "could", "have", "shall");

    private ReaderQuestion() {
    }

    /** True when the paragraph-opening sentence {@code t} is a yes/no question to the reader. */
    static boolean asks(List<Token> t) {
        if (t.size() < 4 || !t.get(0).word() || !t.get(0).capitalized() || !AUXILIARIES.contains(t.get(0).norm())
                || !t.get(1).is("you")) {
            return false;
        }
        int last = t.size() - 1;
        while (last > 0 && !t.get(last).word() && !t.get(last).is('?')) {
            last--;
        }
        return t.get(last).is('?');
    }
}
