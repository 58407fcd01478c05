package org.newsquotes.extraction.quote;

import java.util.Set;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.WordList;

/**
 * Reporting verbs ("said", "told", "warned", ...) from the resource {@code cues.txt}, a word list mined from
 * the cue spans of the PolNeAR train split and completed by hand. Lookups use a token's normalised
 * (lower-case, de-spun) form. Limits: verbs only; phrases such as "according to" are matched in code.
 */
public final class CueLexicon {

    private static final Set<String> CUES = WordList.load("/org/newsquotes/extraction/quote/cues.txt");

    private CueLexicon() {
    }

    public static boolean isCue(Token t) {
        return CUES.contains(t.norm());
    }

    public static boolean isCue(String lowerWord) {
        return CUES.contains(lowerWord);
    }
}
