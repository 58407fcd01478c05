package org.newsquotes.extraction.speaker;

import java.util.Set;
import org.newsquotes.extraction.text.Determiners;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.WordList;

/**
 * Word classes used to read source mentions: role/title words ({@code titles.txt}), organisation heads
 * ({@code organizations.txt}), group and anonymous heads ({@code groups.txt}), pronouns and function words.
 * All lookups take a token's normalised lower-case form.
 */
public final class Lexicon {

    private static final String DIR = "/org/newsquotes/extraction/speaker/";
    private static final Set<String> TITLES = WordList.load(DIR + "titles.txt");
    private static final Set<String> ORGS = WordList.load(DIR + "organizations.txt");
    private static final Set<String> GROUPS = WordList.load(DIR + "groups.txt");
    private static final Set<String> PLACES = WordList.load(DIR + "places.txt");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");
    private static final Set<String> DETERMINERS = Determiners.plus("one", "two", "three", "several", "some",
            "many", "other", "another", "this", "that", "these", "those", "both", "most", "all", "no");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "but", "and", "or", "in", "on", "at", "as",
            "if", "when", "while", "after", "before", "for", "with", "this", "that", "it", "he", "she", "they", "we",
            "i", "his", "her", "their", "our", "its", "by", "from", "of", "to", "so", "yet", "there", "what", "who",
            "how", "why", "where", "last", "next", "more", "most", "some", "many", "all", "both", "each", "every",
            "no", "not", "now", "then", "also", "just", "even", "still", "since", "because", "although", "though",
            "however", "meanwhile", "speaking", "asked", "according", "during", "under", "over", "about", "said",
            "says", "these", "those", "here", "than", "until", "you", "my", "your", "one", "do", "does", "did", "later",
            "yesterday", "today", "tonight", "earlier", "instead", "afterward", "afterwards", "thus", "indeed",
            "again", "first", "finally", "told", "added", "like", "unlike", "despite", "among", "between",
            "without", "within", "through", "throughout", "against", "toward", "towards", "upon", "via", "per",
            // sentence adverbs and interjections, capitalised only when they open a sentence
            "yes", "therefore", "moreover", "furthermore", "nevertheless", "nonetheless", "otherwise", "perhaps",
            "maybe",
            "hence", "consequently", "accordingly", "besides", "anyway", "certainly", "clearly", "obviously",
            "apparently", "actually", "ultimately", "eventually", "initially", "originally", "currently",
            "recently", "previously", "unfortunately", "fortunately", "ironically", "interestingly", "notably",
            "specifically", "overall", "surely", "sadly", "importantly", "similarly", "likewise",
            // number words
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
            "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousands", "dozens");
    private static final Set<String> CONNECTORS = Set.of("of", "to", "for", "at", "in", "on", "and", "the");

    private Lexicon() {
    }

    public static boolean isTitle(Token t) {
        return TITLES.contains(t.norm());
    }

    /** Whether a lower-case word is a listed title or role word ("spokeswoman", "senator"). */
    static boolean isTitleWord(String lower) {
        return TITLES.contains(lower);
    }

    public static boolean isOrganization(Token t) {
        return ORGS.contains(t.norm());
    }

    public static boolean isGroup(Token t) {
        return GROUPS.contains(t.norm());
    }

    /** Whether a lower-case word is a listed group or anonymous head ("officials", "democrats"). */
    static boolean isGroupWord(String lower) {
        return GROUPS.contains(lower);
    }

    /** A US state, its abbreviation ("Fla."), or a listed country or capital ({@code places.txt}). */
    public static boolean isPlace(Token t) {
        String w = t.norm();
        return PLACES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** Whether a lower-case word (a final period ignored) is a listed place word ({@code places.txt}). */
    public static boolean isPlaceWord(String lower) {
        return PLACES.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    /** A party and state tag written after a politician's name: "R-Ky.", "D-N.Y.", "I-Vt.". */
    public static boolean isPartyTag(Token t) {
        String w = t.norm();
        return w.length() >= 3 && w.length() <= 9 && w.charAt(1) == '-' && "rdi".indexOf(w.charAt(0)) >= 0;
    }

    public static boolean isPronoun(Token t) {
        return PRONOUNS.contains(pronounForm(t.norm()));
    }

    /** "he's" -> "he", "she’d" -> "she"; other words unchanged. */
    public static String pronounForm(String norm) {
        int apo = Math.max(norm.indexOf('\''), norm.indexOf('’'));
        return apo > 0 ? norm.substring(0, apo) : norm;
    }

    public static boolean isDeterminer(Token t) {
        return DETERMINERS.contains(t.norm());
    }

    /** Closed-class words that never start or belong to a name, even when capitalised. */
    public static boolean isFunctionWord(Token t) {
        return FUNCTION.contains(t.norm());
    }

    /** Whether a lower-case word is one of the {@link #isFunctionWord(Token) function words}. */
    static boolean isFunctionWord(String lower) {
        return FUNCTION.contains(lower);
    }

    /** Lower-case words allowed inside a role ("Ambassador to NATO", "Secretary of State"). */
    public static boolean isConnector(Token t) {
        return CONNECTORS.contains(t.norm());
    }

    /** An all-capitals acronym such as "NATO" or "U.S." (not a single initial). */
    public static boolean isAcronym(Token t) {
        String s = t.text();
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 1;
    }

    /**
     * A token that can be part of a person's name: capitalised, not a title, acronym or function word; or a
     * generational suffix ("II", "III").
     */
    public static boolean isNameToken(Token t) {
        return t.isWord() && t.isCapitalized() && !isTitle(t) && (!isAcronym(t) || isNameSuffix(t))
                && !isFunctionWord(t) && !Character.isDigit(t.text().charAt(0));
    }

    /** "24-year-old": an age written before a name ("Lee and 24-year-old Tom Okafor"), not part of it. */
    public static boolean isAgeModifier(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.endsWith("-year-old");
    }

    /** "II", "III", "IV": a generational suffix after a name, written like an acronym. */
    public static boolean isNameSuffix(Token t) {
        String s = t.text();
        return s.equals("II") || s.equals("III") || s.equals("IV");
    }

    /** "G.K.", "J.R.R.": two or three capital initials, each followed by a period (also the shape of "U.S."). */
    public static boolean isInitials(Token t) {
        String s = t.text();
        if (s.length() < 4 || s.length() > 6 || s.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i += 2) {
            if (!Character.isUpperCase(s.charAt(i)) || s.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }
}
