package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;

/**
 * "A former harbour master -- Tomas Bexley, who lost in 2008 -- said the mayor “…”": a reporting verb right after
 * a dash that closes an aside opened by another dash has its subject before the aside; the name opening the
 * aside, when there is one, names that subject. (Otherwise the words after the verb would be read as an inverted
 * source.) Stateless; reads back at most {@link #MAX_ASIDE} tokens. Limits: a dash is "—", "–", "-" or "--";
 * the aside holds no other dash.
 */
final class DashAside {

    private static final int MAX_ASIDE = 30;

    private DashAside() {
    }

    /** The subject of the verb at {@code c} written before a dash aside, or null when no aside closes there. */
    static Mention subject(List<Token> w, int c, SourcePhrase phrases) {
        int close = c - 1;
        if (close < 3 || !dash(w.get(close))) {
            return null;
        }
        while (close > 0 && dash(w.get(close - 1))) {
            close--;
        }
        for (int k = close - 1; k > 0 && close - k <= MAX_ASIDE; k--) {
            if (dash(w.get(k))) {
                int open = k;
                while (open > 0 && dash(w.get(open - 1))) {
                    open--;
                }
                if (Lexicon.isNameToken(w.get(k + 1))) {
                    Mention named = phrases.inverted(w, k, close);
                    if (named != null && !named.pronoun() && named.name() != null) {
                        return named;
                    }
                }
                return open > 0 ? phrases.subject(w, open, 0) : null;
            }
        }
        return null;
    }

    private static boolean dash(Token t) {
        String s = t.text();
        return s.equals("-") || s.equals("--") || s.equals("—") || s.equals("–");
    }
}
