package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * A group named with a person's name as modifier, then a lower-case place adjunct: "Voss supporters outside
 * the hall", "Lee protesters near the gate", "the Brill volunteers at the door". The source finder reads the
 * whole phrase, whose last word ("hall") is no source head, and the quote then lost its speaker or fell back to
 * the person named earlier. For {@link MentionParser}: the index where the adjunct starts, so that only the group
 * ("Voss supporters") is read. Only when a capitalised word stands right before a lower-case plural head and the
 * adjunct holds no capitalised word (a named place is {@link PlaceObject}'s). Limits: the prepositions of
 * place listed here; "Voss supporters of the bill" is left whole.
 */
final class NamedGroupAdjunct {

    private static final Set<String> PLACE = Set.of("outside", "inside", "near", "at", "in", "across", "around",
            "behind");

    private NamedGroupAdjunct() {
    }

    /** The index of the place preposition that ends the group in {@code np}, or -1. */
    static int cut(List<Token> np) {
        for (int p = 2; p < np.size() - 1; p++) {
            Token prep = np.get(p);
            Token head = np.get(p - 1);
            if (!PLACE.contains(prep.norm()) || prep.isCapitalized() || !head.isWord() || head.isCapitalized()
                    || !PersonMention.isPlural(head)) {
                continue;
            }
            Token modifier = np.get(p - 2);
            boolean named = modifier.isWord() && modifier.isCapitalized() && !Lexicon.isDeterminer(modifier);
            for (int i = p + 1; i < np.size(); i++) {
                if (np.get(i).isCapitalized()) {
                    return -1;
                }
            }
            return named ? p : -1;
        }
        return -1;
    }
}
