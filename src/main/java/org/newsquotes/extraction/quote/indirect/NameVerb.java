package org.newsquotes.extraction.quote.indirect;

import java.util.List;
import org.newsquotes.extraction.text.WordSet;

/**
 * Where the object of a preposition ("bias against X", "vote for X") that ends in a name runs on into the sentence's own verb or an adverb: "bias against
 * Ortiz | gained ground", "backing Ms. Lee | recently". A lower-case word ending in "-ed" or in "-ly" (six letters
 * or more, not a noun such as "family" or "assembly") right after a capitalised word (not a possessive: "Lee's proposed cuts") ends the phrase. Limits: only
 * regular past tenses and "-ly" adverbs are seen ("Ortiz began" runs on); a participle after a name ("Lee
 * backed candidates") is cut as well. Stateless.
 */
final class NameVerb {

    /** Words in "-ly" that are nouns or adjectives, not adverbs: "a Lee rally", "the Ortiz family". */
    static final WordSet LY_NOUNS = WordSet.of("family", "rally", "rallies", "assembly", "supply", "monopoly",
            "anomaly", "homily", "ally", "daily", "weekly", "monthly", "friendly", "italy", "july", "elderly",
            "lonely", "costly", "likely", "early", "only", "holy");

    private NameVerb() {
    }

    /** {@code to}, or the index of the verb or adverb right after a name inside {@code [from, to)}. */
    static int cut(List<Token> t, int from, int to) {
        if (from < to && HearerObject.QUESTION_OPENERS.contains(t.get(from).norm())) {
            return to;    // "a decision on whether Ortiz overstepped ...": a clause, not a name
        }
        for (int k = from + 1; k < to; k++) {
            Token name = t.get(k - 1);
            if (name.word() && name.capitalized() && !name.norm().endsWith("'s") && verbOrAdverb(t.get(k))) {
                return k;
            }
        }
        return to;
    }

    private static boolean verbOrAdverb(Token tok) {
        String w = tok.norm();
        return tok.word() && !tok.capitalized() && w.indexOf('-') < 0
                && (w.endsWith("ed") && w.length() >= 5 || w.endsWith("ly") && w.length() >= 6 && !LY_NOUNS.contains(w));
    }
}
