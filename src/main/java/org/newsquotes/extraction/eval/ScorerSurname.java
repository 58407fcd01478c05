package org.newsquotes.extraction.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Port of the reference scorer's {@code surname()}: the family name a gold speaker mention names, or null.
 * Patterns run only on short mention strings and cannot backtrack badly; Unicode word classes match
 * Python 3's {@code re} semantics.
 */
final class ScorerSurname {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "him", "her", "them", "it", "you",
            "his", "hers");
    private static final Set<String> TITLES = Set.of("the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sen",
            "senator", "rep", "gov", "governor", "president", "secretary", "gen", "general", "judge", "justice",
            "mayor", "sir", "lord", "prof", "professor", "former", "vice", "chief", "minister", "prime", "speaker",
            "democrat", "republican", "democratic", "gop", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "but", "and", "in", "on", "as");
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern PARTS = Pattern.compile(",|\\(|\\bwho\\b|\\bwhich\\b", U);
    private static final Pattern CUT = Pattern.compile(
            "\\b(?:of|at|from|for|in|with|on|to|and|released|said)\\b", U);
    /** Python's {@code \w} is a letter, a number or '_' (no combining marks, unlike Java's Unicode {@code \w}). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][\\p{L}\\p{N}_'’.-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("(’s|'s|’|')$", U);

    private ScorerSurname() {
    }

    static String surname(String mention) {
        for (String part : PARTS.split(mention == null ? "" : mention, -1)) {
            String head = CUT.split(part, -1)[0];
            String last = null;
            Matcher m = TOKEN.matcher(head);
            while (m.find()) {
                String t = m.group();
                String s = stripDots(t);
                if (Character.isUpperCase(t.charAt(0)) && !POSSESSIVE.matcher(t).find()
                        && !(s.length() > 1 && isUpper(s)) && !TITLES.contains(s.toLowerCase(Locale.ROOT))) {
                    last = s;
                }
            }
            if (last != null) {
                return last.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String stripDots(String t) {
        int a = 0;
        int b = t.length();
        while (a < b && t.charAt(a) == '.') {
            a++;
        }
        while (b > a && t.charAt(b - 1) == '.') {
            b--;
        }
        return t.substring(a, b);
    }

    /** Python's str.isupper(): at least one cased character and no lower-case one. */
    private static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                cased = true;
            }
        }
        return cased;
    }
}
