package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * A described, unnamed source with a place adjunct after its head: "the man near the door", "a woman outside
 * the hall", "one protester behind the barrier". The adjunct says where the speaker stood, not who spoke; for
 * {@link MentionParser}: the index where it starts, so that only "the man" is read. Only when the phrase opens
 * with a determiner, its head right before the preposition is a lower-case word, and the adjunct holds no
 * capitalised word (a named place or body may be an affiliation: "a guard outside Tarn Hall" is left whole).
 * Stateless. Limits: the prepositions of place listed here; "at" and "in" are left out, as they often give an
 * affiliation ("an official in the ministry"), as is "of".
 */
final class PlaceAdjunct {

    private static final Set<String> PLACE = Set.of("near", "outside", "inside", "behind", "beside");

    private PlaceAdjunct() {
    }

    /** The index of the place preposition ending the description in {@code np}, or -1. */
    static int cut(List<Token> np) {
        if (np.size() < 4 || !Lexicon.isDeterminer(np.get(0))) {
            return -1;
        }
        for (int p = 2; p < np.size() - 1; p++) {
            Token prep = np.get(p);
            Token head = np.get(p - 1);
            if (Lexicon.isFunctionWord(np.get(p - 1)) || p > 2 && Lexicon.isFunctionWord(np.get(p - 2))) {
                return -1; // "a man who lives near the port": a clause, not a head noun
            }
            if (PLACE.contains(prep.norm()) && !prep.isCapitalized() && head.isWord() && !head.isCapitalized()) {
                for (int i = p + 1; i < np.size(); i++) {
                    if (np.get(i).isCapitalized()) {
                        return -1;
                    }
                }
                return p;
            }
        }
        return -1;
    }
}
