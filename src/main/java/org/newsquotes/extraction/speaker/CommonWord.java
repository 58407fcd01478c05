package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Word-shape tests that tell a capitalised ordinary word from a one-word name, for the sieves that refuse such "names"
 * ({@link NotANameSieve}, {@link OrdinaryWordSieve}): closed-class words that stand for no one ("Something", "Nor",
 * "There"), quantifiers that stand for unnamed people ("Another", "Several"), and words whose ending marks an abstract
 * noun, adverb, participle or adjective ("Frustrations", "Optimism", "Hastily", "Echoing", "Generous"). The article's
 * evidence (whether the word is ever capitalised inside a sentence, or written with a given name) is the caller's to
 * add. Stateless. Limits: the endings are English morphology, so a real surname with such an ending ("Manning",
 * "Fleming") fails the shape test and is kept only by the caller's article evidence.
 */
final class CommonWord {

    /**
     * Quantifiers and indefinite pronouns that stand for unnamed people ("Another said", "Someone wrote"): an
     * anonymous source, kept as written.
     */
    private static final Set<String> QUANTIFIERS = Set.of("another", "other", "others", "several", "each", "both",
            "most", "many", "some", "few", "all", "any", "none", "nobody", "someone", "somebody", "anyone",
            "anybody", "everyone", "everybody", "either", "neither", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "those");
    /**
     * Closed-class words that stand for no one: things, conjunctions, adverbs, prepositions, "there", and
     * sentence-opening auxiliaries and imperatives ("Had", "Please", "Wait").
     */
    private static final Set<String> CLOSED = Set.of("nothing", "something", "anything", "everything", "whatever",
            "whichever", "nor", "unless", "together", "across", "there", "here", "their", "its", "whether",
            "instead", "despite", "from", "behind", "much", "such", "enough", "once", "often", "never", "whenever",
            "sometimes", "please", "wait", "had", "have", "got", "take");

    /** Endings of abstract nouns, adverbs, participles and adjectives (longest first where they overlap). */
    private static final String[] ENDINGS = {"ly", "ness", "nesses", "tion", "tions", "sion", "sions", "ism",
        "isms", "ment", "ments", "ity", "ities", "ous", "ive", "ing", "ings", "ed", "ful", "less", "able", "ible"};

    private CommonWord() {
    }

    /** Whether {@code word} (any case) is a quantifier or indefinite pronoun for unnamed people ("Another"). */
    static boolean quantifier(String word) {
        return QUANTIFIERS.contains(bare(word));
    }

    /** Whether {@code word} (any case, a possessive ignored) is a closed-class word that names nobody. */
    static boolean closedClass(String word) {
        return CLOSED.contains(bare(word));
    }

    /**
     * Whether {@code word} (any case) has the ending of an abstract noun, adverb, participle or adjective and
     * is no listed given name; words of five letters or fewer are left alone ("Reed", "Ally").
     */
    static boolean commonShape(String word) {
        String w = bare(word);
        if (w.length() <= 5 || Gender.isFirstName(w) || !letters(w)) {
            return false;
        }
        for (String e : ENDINGS) {
            if (w.endsWith(e) && !(e.equals("ed") && w.endsWith("eed"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised closed-class word ("Something", "Unless") or a singular word with an ending no surname
     * has ("Optimism", "Generous"): read alone at a sentence start, it is no name. ("Hannity", "Husted",
     * "Boreing" keep theirs: the article's evidence is needed for those endings.)
     */
    static boolean openerWord(Token t) {
        String w = bare(t.text());
        return t.isCapitalized() && (closedClass(w) || commonShape(w) && nounOrAdjectiveEnding(w));
    }

    /** "-ism", "-ness", "-tion", "-sion", "-ment", "-ous": endings no surname has (unlike "-ity", "-ing", "-ed"). */
    private static boolean nounOrAdjectiveEnding(String w) {
        return w.endsWith("ism") || w.endsWith("ness") || w.endsWith("tion") || w.endsWith("sion")
                || w.endsWith("ment") || w.endsWith("ous");
    }

    /** Lower case, without a possessive "’s" and anything after an apostrophe. */
    static String bare(String word) {
        return beforeApostrophe(word.trim().toLowerCase(Locale.ROOT));
    }

    /** {@code w} up to its first apostrophe (’ before '), as spelt: "Tuesday’s" → "Tuesday"; whole without one. */
    static String beforeApostrophe(String w) {
        int cut = w.indexOf('’') >= 0 ? w.indexOf('’') : w.indexOf('\'');
        return cut > 0 ? w.substring(0, cut) : w;
    }

    /**
     * Whether {@code w} is a non-empty word of ASCII lower-case letters, with any of the characters in {@code
     * extra} allowed too ("-" for "well-known", "’'" for "didn’t").
     */
    static boolean lowerWord(String w, String extra) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z') && extra.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code w} holds only letters and hyphens ("well-known"). */
    static boolean letters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
