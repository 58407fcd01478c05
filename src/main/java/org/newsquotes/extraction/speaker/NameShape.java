package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Locale;
import org.newsquotes.extraction.text.RegexSpace;
import org.newsquotes.extraction.text.Token;

/**
 * Splits a capitalised phrase into a role and a person's name: the name is the trailing run of name tokens (at most
 * four; starting at a known given name when there is one), everything before it is the role ("NATO Secretary General |
 * Jens Stoltenberg", "Secretary of State | Hillary Clinton"). A title word never goes into the name; dotted initials do
 * when a name follows them ("G.K. Butterfield"); a possessive owner before a full name does not ("Ohio’s | Ann Voss").
 * Limits: a role ending in a capitalised place before a name without a known given name ("Ambassador to Russia Michael
 * McFaul") is split after the first capitalised word following "to/of".
 */
public final class NameShape {

    private static final int MAX_NAME = 4;
    private static final java.util.Set<String> HONORIFICS = java.util.Set.of("mr.", "mrs.", "ms.", "dr.");
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "van", "von", "der", "den", "da",
            "di", "del", "della", "du", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "ter", "ten");

    private NameShape() {
    }

    /** Index in {@code toks} where the trailing name starts; {@code toks.size()} when there is no name. */
    public static int nameStart(List<Token> toks) {
        int end = toks.size();
        int i = end;
        while (i > 0 && end - i < MAX_NAME && !(end - i >= 2 && possessive(toks.get(i - 1)))
                && (Lexicon.isNameToken(toks.get(i - 1))
                || i < end && Lexicon.isInitials(toks.get(i - 1)) && !Lexicon.isNameSuffix(toks.get(i))
                || i < end && particle(toks, i - 1))) {
            i--;
        }
        if (i == end) {
            if (end >= 3 && initial(toks.get(end - 2)) && titleSurname(toks.get(end - 3), toks.get(end - 1))) {
                return end - 3;
            }
            return end >= 2 && titleSurname(toks.get(end - 2), toks.get(end - 1)) ? end - 2 : end;
        }
        for (int k = i; k < end - 1; k++) {
            if (Gender.isFirstName(toks.get(k).norm())) {
                return k;
            }
        }
        if (end - i == 1 && givenNameTitle(toks, i - 1)) {
            return i - 1;
        }
        if (i > 0 && end - i >= 3 && Lexicon.isConnector(toks.get(i - 1))) {
            return i + 1;
        }
        return i;
    }

    /**
     * "Dean Tam", "economist Dean Tam": a capitalised title word that is also a listed given name ("Dean"), right
     * before a lone surname and opening the phrase or after a lower-case role word, is the person's given name.
     * Not after a capitalised or other lower-case word ("Law School Dean Tam", "school Dean Tam": the title),
     * nor before a full name ("Dean Jo Tam").
     */
    private static boolean givenNameTitle(List<Token> toks, int k) {
        if (k < 0 || !toks.get(k).isWord() || !toks.get(k).isCapitalized() || toks.get(k).text().endsWith(".")
                || !Lexicon.isTitle(toks.get(k)) || !Gender.isFirstName(toks.get(k).norm())) {
            return false;
        }
        Token before = k > 0 ? toks.get(k - 1) : null;
        return before == null || before.isWord() && !before.isCapitalized() && Lexicon.isTitle(before);
    }

    /**
     * "Al From", "Jo Will": a capitalised word ending a source phrase right after a listed given name, read by a
     * source reader that already judged it a surname (a name run of the article is not read this way: "John From
     * the Ohio office").
     */
    static boolean surnameAfterGivenName(List<Token> toks, int i) {
        Token t = toks.get(i);
        return i >= 1 && t.isWord() && t.isCapitalized() && t.text().length() >= 2 && !Lexicon.isTitle(t)
                && Lexicon.isNameToken(toks.get(i - 1)) && Gender.isFirstName(toks.get(i - 1).norm());
    }

    /**
     * "Ohio’s", "MSNBC's": a word ending in a possessive "’s" names the owner of what follows ("Ohio’s Ann Voss");
     * before two or more name words it ends the role, so the person's name starts after it. Before one word
     * it is kept ("Ohio’s Voss", as "Obama’s Gitmo"): whether that word is a person's surname is the
     * article's to say ({@link FullNameSieve}).
     */
    private static boolean possessive(Token t) {
        String w = t.text();
        return w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s"));
    }

    /**
     * "Charlie King", "Charlie T. King" (a middle initial between), "Mr. King": a known given name or an honorific
     * before a capitalised title word, which is then a surname.
     */
    private static boolean titleSurname(Token given, Token last) {
        return given.isCapitalized() && given.isWord()
                && (Gender.isFirstName(given.norm()) || HONORIFICS.contains(given.norm())) && last.isWord()
                && last.isCapitalized() && Lexicon.isTitle(last) && !last.text().endsWith(".");
    }

    /**
     * "de" in "Bill de Blasio", "van" in "Jo van Dyke": a lower-case surname particle between a capitalised name
     * word before it and the surname after it.
     */
    private static boolean particle(List<Token> toks, int k) {
        return k > 0 && PARTICLES.contains(toks.get(k).text()) && Lexicon.isNameToken(toks.get(k - 1))
                && !Lexicon.isTitle(toks.get(k - 1));
    }

    /** "T.": one capital letter and a period, a middle initial ("Peter T. King"). */
    private static boolean initial(Token t) {
        String w = t.text();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /** Whether two names end in the same surname ({@link #surnameOf}): "Ann Voss" and "Sen. Voss". */
    static boolean sameSurname(String a, String b) {
        return surnameOf(a).equals(surnameOf(b));
    }

    /** The last word of a name, lower-cased, without possessive or final period. */
    public static String surnameOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String words = name.trim();
        int space = lastSpace(words, words.length());
        String last = words.substring(space + 1);
        if ((last.equalsIgnoreCase("jr.") || last.equalsIgnoreCase("sr.") || last.equals("II") || last.equals("III"))
                && space >= 0) {
            int end = space;
            while (end > 0 && RegexSpace.is(words.charAt(end - 1))) {
                end--;
            }
            last = words.substring(lastSpace(words, end) + 1, end);
        }
        last = withoutPossessive(last);
        if (last.endsWith(".") || last.endsWith(",")) {
            last = last.substring(0, last.length() - 1);
        }
        return last.toLowerCase(Locale.ROOT);
    }

    /** Index of the last regex {@code \\s} character before {@code end}, or -1 (what split("\\s+") cuts at). */
    private static int lastSpace(String s, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (RegexSpace.is(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code word.replaceAll("[’']s$", "")} without a regex; like {@code $}, also before a final line break. */
    static String withoutPossessive(String word) {
        int end = word.length();
        if (end > 0 && (word.charAt(end - 1) == '\u0085' || word.charAt(end - 1) == '\u2028'
                || word.charAt(end - 1) == '\u2029')) {
            end--;
        }
        if (end >= 2 && word.charAt(end - 1) == 's' && (word.charAt(end - 2) == '\'' || word.charAt(end - 2) == '’')) {
            return word.substring(0, end - 2) + word.substring(end);
        }
        return word;
    }
}
