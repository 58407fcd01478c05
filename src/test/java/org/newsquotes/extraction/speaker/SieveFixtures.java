package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/** Builds mentions and discourses from small made-up texts for the sieve tests. */
final class SieveFixtures {

    private SieveFixtures() {
    }

    /** The mention for the phrase {@code phrase} at its first whole-word occurrence in {@code text}. */
    static Mention mention(String text, String phrase) {
        int at = -1;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int end = i + phrase.length();
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                at = i;
                break;
            }
        }
        List<Token> toks = Tokenizer.tokenize(text, at, at + phrase.length(), false);
        return MentionParser.parse(text, toks, null);
    }

    static Discourse discourse(String text) {
        return new Discourse(text, Tokenizer.tokenize(text, 0, text.length(), false));
    }
}
