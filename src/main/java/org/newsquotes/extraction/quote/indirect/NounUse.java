package org.newsquotes.extraction.quote.indirect;

import java.util.List;

/**
 * Tells whether a cue word is used as a noun after a determiner or possessor ("faced the criticism of",
 * "rescinded his endorsement"), so it cannot be the verb of a trailing "CONTENT, X cue" reading. Limits:
 * only the word right before the cue is looked at ("his strong endorsement" is not caught); "in X's view"
 * is let through. Stateless and thread-safe.
 */
final class NounUse {

    /**
     * True when the cue at {@code i} is used as a noun after a determiner or possessor ("..., faced the
     * criticism of", "..., rescinded his endorsement"): no "CONTENT, X cue" reading (train: 6 of 27 right),
     * except in "in X's view".
     */
    static boolean at(List<Token> t, int i) {
        if (i == 0 || !t.get(i - 1).word()) {
            return false;
        }
        String prev = t.get(i - 1).norm();
        boolean owner = NounCue.POSSESSIVES.contains(prev) || NounCue.ARTICLES.contains(prev)
                || prev.endsWith("'s") || prev.endsWith("’s");
        if (!owner) {
            return false;
        }
        for (int k = i - 2; k >= 0 && k >= i - 4 && t.get(k).word(); k--) {
            if (t.get(k).is("in")) {
                return false;   // "in my view", "in the harbour master's view"
            }
        }
        return true;
    }

    private NounUse() {
    }
}
