package org.newsquotes.speaker;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises names for matching: accents removed, lower case, apostrophes dropped, every other run of
 * non-letters and non-digits one space. "Jens Stoltenberg" and "JENS  STOLTENBERG" and "Jéns Stoltenberg"
 * are all "jens stoltenberg". Linear time; no regular expressions.
 */
public final class NameNormalizer {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "his", "their", "its");

    private NameNormalizer() {
    }

    /** The normalised form; empty when the name has no letters or digits. */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == '\'' || cp == '\u2019' || cp == '\u02BC') {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** The last word of a normalised person's name that is not a suffix ("jr"), or null for one word. */
    public static String surname(String normalized) {
        String[] words = normalized.split(" ");
        int last = words.length - 1;
        while (last > 0 && SUFFIXES.contains(words[last])) {
            last--;
        }
        return last > 0 ? words[last] : null;
    }

    /** The display form of {@link #surname}: the matching word as written in {@code name}. */
    public static String displaySurname(String name) {
        String[] words = name.trim().split("\\s+");
        for (int i = words.length - 1; i > 0; i--) {
            String plain = stripPunctuation(words[i]);
            if (!plain.isEmpty() && !SUFFIXES.contains(normalize(plain))) {
                return plain;
            }
        }
        return null;
    }

    /** True for a personal pronoun ("he", "She"), which is never an alias. */
    public static boolean isPronoun(String mention) {
        return PRONOUNS.contains(normalize(mention));
    }

    private static String stripPunctuation(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }
}
