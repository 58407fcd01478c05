package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.text.Token;

/**
 * "Jo Lee, the director of the Ohio Bakers Party said", "Jo Lee, the pollster who founded the site tweeted": a
 * name, a comma and an appositive that the writer never closed with a second comma, before the verb. The
 * words right before the verb then end the appositive (an object of its preposition or verb), and the
 * speaker is the name before the comma. Limits: the appositive must open with a determiner or a lower-case
 * word and hold only words (no other comma, no reporting verb, no "and"), at most {@link #REACH} tokens.
 */
final class OpenAppositive {

    static final int REACH = 14;
    /** Words that may stand right before the name: "But Jo Lee, …", "and Jo Lee, …". */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("and", "but", "so", "while", "that");

    private OpenAppositive() {
    }

    /**
     * The person named before the comma opening an unclosed appositive that ends at token {@code j} (the word
     * before the verb), or null when there is no such shape within {@code w[lo..j]}.
     */
    static Mention name(String text, List<Token> w, int j, int lo) {
        for (int k = j; k > lo && j - k <= REACH; k--) {
            Token t = w.get(k);
            if (t.text().equals(",")) {
                return k + 1 <= j && opens(w.get(k + 1)) ? nameBefore(text, w, k, lo, j) : null;
            }
            if (!t.isWord() && !t.text().equals("-") && !t.text().equals("&") || t.is("and") || t.is("but")
                    || CueLexicon.isCue(t)) {
                return null;
            }
        }
        return null;
    }

    private static boolean opens(Token t) {
        return t.isWord() && (t.is("the") || t.is("a") || t.is("an")
                || !t.isCapitalized() && !Lexicon.isFunctionWord(t));
    }

    private static Mention nameBefore(String text, List<Token> w, int comma, int lo, int j) {
        int e = comma - 1;
        if (e < lo || !Lexicon.isNameToken(w.get(e))) {
            return null;
        }
        int s = e;
        while (s - 1 >= lo && e - s < 5 && (Lexicon.isNameToken(w.get(s - 1)) || Lexicon.isTitle(w.get(s - 1))
                || Lexicon.isInitials(w.get(s - 1)))) {
            s--;
        }
        if (s > lo && w.get(s - 1).isWord() && !OPENERS.contains(w.get(s - 1).norm())) {
            return null;
        }
        String role = text.substring(w.get(comma + 1).start(), w.get(j).end());
        Mention m = MentionParser.parse(text, w.subList(s, e + 1), role);
        return m != null && m.kind() == SpeakerKind.PERSON && !m.pronoun() ? m : null;
    }
}
