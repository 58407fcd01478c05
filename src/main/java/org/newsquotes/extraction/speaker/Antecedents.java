package org.newsquotes.extraction.speaker;

import java.util.Locale;
import java.util.Set;
import org.newsquotes.extraction.text.Token;

/**
 * Shape tests for the antecedent of "he" or "she" among recorded speakers. A speaker recorded as a person
 * may still be no person: a description ("the former minister"), a place ("West Virginia"), a phrase headed
 * by an organisation or group word ("Investment Coalition", "Republicans"), a one-word name taken from a
 * mention that names an organisation ("the Commission on Civic Affairs" read as "Affairs"), or a fragment
 * cut from a longer phrase ("of Springfield", "whether Okafor"). Stateless; word lists only.
 */
final class Antecedents {

    /** Words that open a description rather than a name: "The candidate", "His spokesman". */
    private static final Set<String> DESCRIPTION_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its",
            "one", "another", "other", "some", "many", "our", "my");
    /** Lower-case words that, opening a mention, show it was cut out of a longer phrase. */
    private static final Set<String> FRAGMENT_OPENERS = Set.of("of", "by", "in", "at", "on", "for", "from", "to",
            "with", "whether", "that", "if", "than", "as", "about", "against", "and", "or", "but");

    private static final Set<String> CONNECTORS = Set.of("of", "on", "for", "to", "at", "in", "and", "around",
            "near", "outside", "inside", "into", "through", "across", "toward", "towards", "behind", "a", "an");

    private Antecedents() {
    }

    /** Whether a speaker's name is written as a name ("Clinton"), not only a description ("the former president"). */
    static boolean named(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        int sp = name.indexOf(' ');
        return sp < 0 || !DESCRIPTION_OPENERS.contains(name.substring(0, sp).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a person-kind speaker {@code name}, recorded from the words {@code mention} (may be null), looks
     * like a place, an organisation or group, or a fragment of a longer phrase rather than a person.
     */
    static boolean unlikelyPerson(String name, String mention) {
        if (PlaceSieve.allPlaceWords(name)) {
            return true;
        }
        if (anyNounHead(name)) {
            return true;
        }
        if (mention == null || mention.isEmpty()) {
            return false;
        }
        if (afterConnector(name, mention)) {
            return true;
        }
        if (Character.isLowerCase(mention.charAt(0))) {
            int sp = mention.indexOf(' ');
            if (FRAGMENT_OPENERS.contains(sp < 0 ? mention : mention.substring(0, sp))) {
                return true;
            }
        }
        return name.indexOf(' ') < 0 && anyNounHead(mention);
    }

    /**
     * "Secretary of Defense", "the Commission on Civic Affairs", "her way around Chez Vachon", "to a Capitol
     * Hill": the name ends the mention right after a lower-case connector (a preposition or an article), so
     * it is the object of a longer phrase (an office, an organisation, a place), not a person.
     */
    private static boolean afterConnector(String name, String mention) {
        if (!mention.endsWith(name) || mention.length() == name.length()) {
            return false;
        }
        int end = mention.length() - name.length();
        while (end > 0 && mention.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && mention.charAt(start - 1) != ' ') {
            start--;
        }
        return CONNECTORS.contains(mention.substring(start, end));
    }

    /**
     * Whether a person-kind speaker {@code name} is rather capitalised common words than a name: a possessive
     * right before its last word ("State's Undersecretary", "CIA's Benghazi"; not "Ohio's Ann Voss"), or a first word that is no listed given name and
     * that the article also writes in lower case ("Top Clinton", "Come" from "Come again?", "Harsh" opening a
     * sentence). A surname that is also a common word ("Young") is thus refused only when the article never
     * gives the full name nor a gender for it. Needs the article's {@link NameIndex}.
     */
    static boolean commonWords(String name, NameIndex names) {
        int sp = name.indexOf(' ');
        String first = sp < 0 ? name : name.substring(0, sp);
        String[] words = name.split(" ");
        if (words.length >= 2) {
            int i = words.length - 2;
            if (words[i].endsWith("'s") || words[i].endsWith("’s")) {
                return true;
            }
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (sp > 0 || first.length() < 2 || !Character.isLetter(lower.charAt(lower.length() - 1))) {
            return false;
        }
        return !Gender.isFirstName(lower) && Gender.ofWord(lower) == Gender.UNKNOWN && names.writtenLowerCase(lower);
    }

    /** Whether any word of {@code phrase} is a listed organisation or group head ("Coalition", "officials"). */
    private static boolean anyNounHead(String phrase) {
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && phrase.charAt(i) == ' ') {
                i++;
            }
            int j = i;
            while (j < n && phrase.charAt(j) != ' ') {
                j++;
            }
            if (j > i) {
                String w = phrase.substring(i, j);
                Token t = new Token(0, w.length(), w, w.toLowerCase(Locale.ROOT));
                if (Lexicon.isOrganization(t) || Lexicon.isGroup(t)) {
                    return true;
                }
            }
            i = j;
        }
        return false;
    }

    /**
     * Whether a full name the article writes can be a person for a pronoun: no place or organisation/group
     * word in it ("Verizon Center"), and its first word is a listed given name (not "Top Clinton", "Powerful").
     */
    static boolean personLike(String full) {
        if (unlikelyPerson(full, null)) {
            return false;
        }
        int sp = full.indexOf(' ');
        String first = (sp < 0 ? full : full.substring(0, sp)).toLowerCase(Locale.ROOT);
        return Gender.isFirstName(first);
    }

    /**
     * "Okafor’s claim", "Roe’s": a possessive source is not the subject of its sentence, so it is not kept
     * as a recent speaker for pronouns, unless it opens its sentence ("Okafor’s attempt failed. Then he …"),
     * where the owner is the person the sentence is about ({@link SentenceEnds#opens}). A speaker whose name itself
     * ends in a possessive ("Ann Voss's") is a misread phrase and never kept.
     */
    static boolean possessive(String mentionText) {
        String t = mentionText.strip();
        return t.endsWith("’s") || t.endsWith("'s") || t.endsWith("s’") || t.endsWith("s'");
    }
}
