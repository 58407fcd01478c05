package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.speaker.Lexicon;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.WordSet;

/**
 * "Oak Ridge wasn’t just a regional disaster, but …", "Glen Cove is a small town on the coast": a name followed by a
 * form of "be" whose predicate noun names an event or a place is no person, so {@link SentenceSubject#named} does
 * not keep it as a sentence's named subject (nor, therefore, as an antecedent for a later "he" or "she"). The
 * predicate's head is its last word before punctuation or a function word ("a state senator" is headed by
 * "senator", not "state"). Stateless. Limits: a word list of event and place nouns, read at most
 * {@value #REACH} words past the verb; a person called "a disaster" reads as a thing too.
 */
final class ThingPredicate {

    private static final int REACH = 6;
    private static final WordSet COPULAS = WordSet.of("is", "was", "isn't", "wasn't", "isn’t", "wasn’t",
            "remains", "remained", "became", "becomes");
    /** Words that may stand between the verb and the predicate noun phrase without being its head. */
    private static final WordSet SKIP = WordSet.of("not", "just", "only", "merely", "simply", "also", "still",
            "never", "truly", "really", "a", "an", "the");
    /** Nouns naming an event or a place, never a person. */
    private static final WordSet THINGS = WordSet.of("tragedy", "disaster", "catastrophe", "massacre",
            "shooting", "attack", "incident", "event", "crisis", "scandal", "place", "town", "city", "village",
            "county", "district", "region", "neighborhood", "neighbourhood", "suburb", "community", "country",
            "nation", "island", "battleground", "landmark", "site");

    private ThingPredicate() {
    }

    /** Whether token {@code e} of {@code b} opens a "be" predicate headed by an event or place noun. */
    static boolean follows(List<Token> b, int e) {
        if (e >= b.size() || !COPULAS.contains(b.get(e).norm())) {
            return false;
        }
        String head = null;
        for (int k = e + 1; k < b.size() && k <= e + REACH; k++) {
            Token t = b.get(k);
            if (!t.isWord() || t.isCapitalized() && head != null) {
                break;
            }
            if (SKIP.contains(t.norm())) {
                if (head != null) {
                    break;
                }
                continue;
            }
            if (Lexicon.isFunctionWord(t)) {
                break;
            }
            head = t.norm();
        }
        return head != null && THINGS.contains(head);
    }
}
