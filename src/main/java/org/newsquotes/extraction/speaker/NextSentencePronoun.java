package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.text.Token;

/**
 * The gender stated by the pronoun that opens the sentence right after a name's sentence ("Tennis great Robin
 * Tull praised him. She met him in 1971."): used only for given names listed without a gender. Stateless.
 * Limits: the pronoun may name someone else ("Robin Tull praised Ann Roe. She …"); a quote mark inside the
 * sentence stops the search, and so does a sentence longer than {@value #MAX_WORDS} tokens.
 */
final class NextSentencePronoun {

    private static final int MAX_WORDS = 40;

    private NextSentencePronoun() {
    }

    /** The gender of "He"/"She" opening the sentence after the one that holds token {@code j}, or UNKNOWN. */
    static Gender after(List<Token> tokens, int j) {
        for (int k = j; k < tokens.size() - 1 && k < j + MAX_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.is("“") || t.is("”") || t.is("\"")) {
                return Gender.UNKNOWN;
            }
            if (t.is(".")) {
                Token next = tokens.get(k + 1);
                return next.text().equals("He") ? Gender.MALE : next.text().equals("She") ? Gender.FEMALE
                        : Gender.UNKNOWN;
            }
        }
        return Gender.UNKNOWN;
    }
}
