package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a name is the agent of a passive verb ("the plan was criticised by Ann Voss", "were rejected
 * outright by Sen. Okafor"): "by" stands right before it (past at most three title words), a past form before
 * "by" ({@link PastVerb#pastForm}) and a form of "be" before that (perhaps with one "-ly" adverb between). The
 * agent is who the sentence is about as much as a subject is. Stateless. Limits: "-ed" words and a short list
 * of irregular forms; "got" passives and agents after a long adverbial are missed.
 */
final class PassiveAgent {

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");
    private static final int TITLE_WORDS = 3;

    private PassiveAgent() {
    }

    /** Whether the name starting at token {@code i} is the agent of a passive verb. */
    static boolean holds(List<Token> tokens, int i) {
        int k = i - 1;
        for (int titles = 0; k >= 0 && titles < TITLE_WORDS && Lexicon.isTitle(tokens.get(k)); titles++) {
            k--;
        }
        if (k < 2 || !tokens.get(k).is("by") || !pastVerb(tokens.get(k - 1))) {
            return false;
        }
        Token before = tokens.get(k - 2);
        if (before.norm().endsWith("ly") && k >= 3) {
            before = tokens.get(k - 3);
        }
        return BE.contains(before.norm());
    }

    private static boolean pastVerb(Token t) {
        return t.isWord() && !t.isCapitalized() && PastVerb.pastForm(t.norm());
    }
}
