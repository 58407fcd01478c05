package org.newsquotes.extraction.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsquotes.extraction.text.WordList;

/**
 * Grammatical gender of a person, guessed from a given-names list ({@code first-names.txt}; names given to
 * both men and women, such as "Terry", are listed without a gender), honorifics
 * ("Mr.", "Ms.") and gendered role words ("spokeswoman"). Unknown is the usual answer and matches both
 * "he" and "she".
 */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Map<String, Gender> FIRST_NAMES = loadNames();
    private static final Set<String> MALE_WORDS = Set.of("mr.", "mr", "he", "him", "spokesman", "congressman",
            "king", "prince", "sir", "lord", "chairman", "assemblyman", "councilman", "father", "son", "brother",
            "husband", "widower", "man", "boy", "grandfather", "dad", "businessman", "actor", "uncle", "nephew",
            "duke", "baron", "anchorman", "boyfriend", "policeman", "gentleman");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "she", "her",
            "spokeswoman", "congresswoman", "queen", "princess", "dame", "lady", "chairwoman", "assemblywoman",
            "councilwoman", "mother", "daughter", "sister", "wife", "widow", "woman", "girl", "grandmother", "mom",
            "businesswoman", "actress", "aunt", "niece", "duchess", "baroness", "anchorwoman", "girlfriend",
            "policewoman", "madam", "heiress");
    /**
     * Words left out when reading a phrase's role words: pronouns, and "-man" titles that are also used for
     * women ("Trump spokesman Ann Voss").
     */
    private static final Set<String> NOT_ROLE_EVIDENCE = Set.of("he", "him", "she", "her", "spokesman", "chairman",
            "congressman", "assemblyman", "councilman", "businessman", "policeman", "anchorman");

    /** The gender of a given name, or UNKNOWN. */
    public static Gender ofFirstName(String lowerName) {
        Gender g = FIRST_NAMES.get(lowerName);
        return g == null ? UNKNOWN : g;
    }

    /** Whether {@code lowerName} is a listed given name. */
    public static boolean isFirstName(String lowerName) {
        return FIRST_NAMES.containsKey(lowerName);
    }

    /** The gender a word (honorific, pronoun, role word) implies, or UNKNOWN. */
    public static Gender ofWord(String lowerWord) {
        if (MALE_WORDS.contains(lowerWord)) {
            return MALE;
        }
        return FEMALE_WORDS.contains(lowerWord) ? FEMALE : UNKNOWN;
    }

    /**
     * The gender the role words of a phrase state ("the widow Terry Lind", "Mr. Kim Roe"), or UNKNOWN
     * when it has none or both. Pronouns in the phrase are ignored. Role words outrank a given name's gender.
     */
    public static Gender ofRoleWords(String phrase) {
        Gender found = UNKNOWN;
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && !Character.isLetter(phrase.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && (Character.isLetter(phrase.charAt(j)) || phrase.charAt(j) == '.')) {
                j++;
            }
            if (j > i) {
                String w = phrase.substring(i, j).toLowerCase(java.util.Locale.ROOT);
                Gender g = NOT_ROLE_EVIDENCE.contains(w) ? UNKNOWN : ofWord(w);
                if (g != UNKNOWN) {
                    if (found != UNKNOWN && found != g) {
                        return UNKNOWN;
                    }
                    found = g;
                }
            }
            i = j;
        }
        return found;
    }

    /** How many words after ", who" {@link #ofRelativeClause} reads at most. */
    private static final int CLAUSE_WORDS = 10;

    /**
     * The gender a relative clause right after a name states ("Sandy Roe, who lost her son,": female): the
     * first "his"/"himself"/"her"/"herself" within {@value #CLAUSE_WORDS} words after ", who", before the
     * next comma or period; UNKNOWN otherwise. Used for given names listed without a gender. Limits: "her"
     * may name someone else ("who met her"), so "her" counts only as a possessive-looking word before a noun.
     */
    static Gender ofRelativeClause(List<org.newsquotes.extraction.text.Token> tokens, int j) {
        if (j + 1 >= tokens.size() || !tokens.get(j).is(",") || !tokens.get(j + 1).is("who")) {
            return UNKNOWN;
        }
        for (int k = j + 2; k < tokens.size() && k < j + 2 + CLAUSE_WORDS; k++) {
            org.newsquotes.extraction.text.Token t = tokens.get(k);
            if (t.is(",") || t.is(".")) {
                return UNKNOWN;
            }
            if (t.is("his") || t.is("himself")) {
                return MALE;
            }
            if (t.is("herself") || t.is("her") && k + 1 < tokens.size() && tokens.get(k + 1).isWord()
                    && !tokens.get(k + 1).isCapitalized() && !Lexicon.isFunctionWord(tokens.get(k + 1))) {
                return FEMALE;
            }
        }
        return UNKNOWN;
    }

    /** Whether a person of this gender may be called by a pronoun of gender {@code pronoun}. */
    public boolean agrees(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }

    private static Map<String, Gender> loadNames() {
        Map<String, Gender> out = new HashMap<>();
        List<String> lines = WordList.lines("/org/newsquotes/extraction/speaker/first-names.txt");
        for (String line : lines) {
            String[] words = line.split(" ");
            Gender g = switch (words[0]) {
                case "f" -> FEMALE;
                case "u" -> UNKNOWN;
                default -> MALE;
            };
            for (int i = 1; i < words.length; i++) {
                out.put(words[i], g);
            }
        }
        return Map.copyOf(out);
    }
}
