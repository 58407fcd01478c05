package org.newsquotes.extraction.clean;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts tell-tale spinner swaps in a text. A spun word that is also real English counts only where the
 * original function word would stand: "successful Ukraine" (a preposition before a name) but not "a
 * successful campaign"; "helium is" but not "helium balloons"; "we tin expect" but not "a tin ear".
 * Rules were tuned on a spun wire story and checked against real political news, where they fire rarely.
 */
final class SpinTells {

    /** Words scanned, tell-tales found, and distinct tell-tale words. */
    record Count(int words, int tells, int kinds) {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "his", "her", "their", "its", "our", "either", "each", "both", "further", "immoderate");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "you", "they", "he", "she", "it", "helium",
            "who", "which", "that", "1");
    private static final Set<String> ADJECTIVE_LEAD = Set.of("a", "an", "the", "more", "most", "very", "so",
            "be", "been", "being", "was", "were", "is", "are", "highly", "hugely", "all", "his", "her", "their",
            "its", "our", "prove", "proved", "less", "least", "quite", "too", "as", "well", "politically",
            "personally", "intimately", "closely", "directly", "best", "well-", "own", "free", "of", "same");
    private static final Set<String> VERB_AFTER = Set.of("is", "was", "said", "says", "has", "had", "would",
            "could", "will", "volition", "tin", "added", "told", "did", "does", "wants", "and", "also", "besides");
    private static final Set<String> FUNCTION_AFTER = Set.of("good", "well", "a", "an", "the", "soon", "it",
            "he", "she", "they", "we", "helium", "long", "much", "many", "far", "threatening", "part", "of");

    private SpinTells() {
    }

    static Count count(Words words) {
        int tells = 0;
        Set<String> kinds = new HashSet<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.lexiconKey(w);
            if (word == null || !isTell(words, w, word)) {
                continue;
            }
            tells++;
            kinds.add(word);
        }
        return new Count(words.size(), tells, kinds.size());
    }

    private static boolean isTell(Words words, int w, String word) {
        if (words.allCaps(w) || words.capitalised(w) && !words.sentenceInitial(w)) {
            return false;
        }
        if (SpunLexicon.ALWAYS_TELL.contains(word)) {
            return true;
        }
        String prev = words.lower(w - 1);
        String next = words.lower(w + 1);
        return switch (word) {
            case "helium" -> VERB_AFTER.contains(next);
            case "oregon" -> !words.capitalised(w);
            case "arsenic" -> FUNCTION_AFTER.contains(next);
            case "successful" -> !ADJECTIVE_LEAD.contains(prev)
                    && (DETERMINERS.contains(next) || words.capitalised(w + 1) || isNumber(next));
            case "connected" -> !ADJECTIVE_LEAD.contains(prev) && DETERMINERS.contains(next);
            case "implicit" -> !ADJECTIVE_LEAD.contains(prev)
                    && (words.capitalised(w + 1) || next.equals("time") || DETERMINERS.contains(next));
            case "tin" -> PRONOUNS.contains(prev) || next.equals("not") || next.equals("beryllium");
            case "volition" -> !ADJECTIVE_LEAD.contains(prev);
            case "immoderate", "nary", "deliberation" -> !ADJECTIVE_LEAD.contains(prev) && !next.equals("a")
                    && !prev.equals("more") && !prev.equals("careful");
            case "truthful" -> next.equals("far") || next.equals("overmuch");
            default -> false;
        };
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }
}
