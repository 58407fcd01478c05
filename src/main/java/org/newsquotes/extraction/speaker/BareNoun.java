package org.newsquotes.extraction.speaker;

import java.util.Set;

/**
 * A source phrase that is one lower-case singular word with no article or possessive ("birther", "phone",
 * "night", "campaign", "get"): a singular count noun in English needs a determiner to name anyone, so such a
 * word is the tail of a list, an adverb or a verb that the source finder took for the head of a noun phrase
 * ("… a crank and birther who has vowed …"). Quantifiers and pronouns ("many", "another", "everyone"),
 * listed group words, plurals ("officials") and words that name people without a determiner ("people",
 * "police", "staff", "mom", "half") stay sources. Stateless. Limits: word shape only; a headline that drops its
 * articles ("campaign says …") loses its source, and so does a mass noun that does name a
 * source ("leadership said").
 */
final class BareNoun {

    /** Words that name people with no determiner: irregular plurals, collectives and kin used as names. */
    private static final Set<String> PEOPLE = Set.of("people", "women", "men", "children", "police", "staff",
            "mom", "dad", "folks", "clergy", "personnel", "youth", "management", "security", "congress", "half");

    private BareNoun() {
    }

    /** Whether {@code name} is a lone lower-case singular word that names no one. */
    static boolean bareSingular(String name) {
        String w = name.trim();
        if (w.isEmpty() || w.indexOf(' ') >= 0 || !Character.isLowerCase(w.charAt(0)) || w.endsWith("s")) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLowerCase(c) && c != '-') {
                return false;
            }
        }
        return !CommonWord.quantifier(w) && !Lexicon.isGroupWord(w) && !PEOPLE.contains(w);
    }
}
