package org.newsquotes.extraction.speaker;

import java.util.List;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a person mention is the second name of a pair doing something together ("Ann Voss and Vice President
 * Jo Lee arrived", "Okafor and Lee place flowers"): right before it, past any title words, stand "and" and a
 * capitalised name word. Such a person is not the one subject a later "he" or "she" picks up. Stateless. Limits:
 * only the second of two names; "and" after a list of three ("Voss, Okafor and Lee") counts the same.
 */
final class JointConjunct {

    /** How many title words may stand between "and" and the name ("and Vice President Jo Lee"). */
    private static final int TITLE_WORDS = 3;

    private JointConjunct() {
    }

    /** Whether the mention starting at {@code start} is the second of two names joined by "and". */
    static boolean second(List<Token> tokens, int start) {
        int k = TextOrder.lastBefore(tokens, Token::start, start);
        for (int titles = 0; k >= 0 && titles < TITLE_WORDS && Lexicon.isTitle(tokens.get(k)); titles++) {
            k--;
        }
        return k >= 1 && tokens.get(k).is("and") && Lexicon.isNameToken(tokens.get(k - 1));
    }
}
