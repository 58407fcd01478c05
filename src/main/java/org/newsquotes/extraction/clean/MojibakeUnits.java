package org.newsquotes.extraction.clean;

import java.text.Normalizer;

/**
 * Reads the characters of mis-decoded UTF-8 ("Ã±" for ñ) back into the bytes they came from, for {@link Mojibake},
 * also when the text was Unicode-normalised after the damage (NFD/NFKD): a letter and a combining mark stand for
 * the composed letter ("A" + U+0303 for "Ã"); a space and a combining mark for the spacing accent it decomposes
 * from (" " + U+0308 for "¨", " " + U+0304 for "¯", " " + U+0301 for "´", " " + U+0327 for "¸"); "1⁄4", "1⁄2" and
 * "3⁄4" for "¼", "½" and "¾". One unit is packed as {@code byte << 8 | width} (width in chars), or -1.
 *
 * <p>Limits: "ª" and "º" decompose to plain "a" and "o", so they are read as such only right after a lead "Ã" or
 * "Â" glued to a word on both sides ("JesÃos", "d'Ãatre"); superscript digits and a no-break space folded to
 * a plain space are not read back (too common in correct text).
 */
final class MojibakeUnits {

    private MojibakeUnits() {
    }

    /** The byte at {@code i} as a lead of a UTF-8 sequence (0xC2..0xF4) with its width, or -1. */
    static int lead(String s, int i) {
        int u = unit(s, i);
        int b = u >> 8;
        return u >= 0 && b >= 0xC2 && b <= 0xF4 ? u : -1;
    }

    /**
     * The byte at {@code i} as a continuation (0x80..0xBF) with its width, or -1. {@code lead} is the lead byte of
     * the sequence and {@code first} whether this is the first continuation after it (at {@code leadAt}).
     */
    static int continuation(String s, int i, int lead, boolean first, int leadAt) {
        if (i >= s.length()) {
            return -1;
        }
        int u = unit(s, i);
        int b = u >> 8;
        if (u >= 0 && b >= 0x80 && b <= 0xBF) {
            return u;
        }
        char c = s.charAt(i);
        if (first && (c == 'a' || c == 'o') && (lead == 0xC3 || lead == 0xC2) && gluedOrdinal(s, i, leadAt)) {
            return (c == 'a' ? 0xAA : 0xBA) << 8 | 1;
        }
        return -1;
    }

    /** Whether any char of {@code s} could start a decomposed unit (a combining mark or a fraction slash). */
    static boolean hasDecomposed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (combining(c) || c == '⁄') {
                return true;
            }
        }
        return false;
    }

    private static int unit(String s, int i) {
        char c = s.charAt(i);
        int n = s.length();
        if (i + 1 < n && combining(s.charAt(i + 1))) {
            if (c == ' ') {
                int b = spacingAccent(s.charAt(i + 1));
                return b < 0 ? -1 : b << 8 | 2;
            }
            String composed = Normalizer.normalize(s.substring(i, i + 2), Normalizer.Form.NFC);
            if (composed.length() == 1) {
                int b = Mojibake.byteOf(composed.charAt(0));
                return b < 0 ? -1 : b << 8 | 2;
            }
            return -1;
        }
        if (i + 2 < n && s.charAt(i + 1) == '⁄') {
            int b = fraction(c, s.charAt(i + 2));
            if (b >= 0) {
                return b << 8 | 3;
            }
        }
        int b = Mojibake.byteOf(c);
        return b < 0 ? -1 : b << 8 | 1;
    }

    /** "ª"/"º" folded to a letter: the lead follows a letter, apostrophe or mojibake, and a small letter follows. */
    private static boolean gluedOrdinal(String s, int i, int leadAt) {
        if (leadAt == 0 || i + 1 >= s.length() || !Character.isLowerCase(s.charAt(i + 1))) {
            return false;
        }
        char before = s.charAt(leadAt - 1);
        return Character.isLowerCase(before) || before == '\'' || before == '’' || Mojibake.byteOf(before) >= 0x80;
    }

    private static boolean combining(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    private static int spacingAccent(char mark) {
        return switch (mark) {
            case '\u0308' -> 0xA8;
            case '\u0304' -> 0xAF;
            case '\u0301' -> 0xB4;
            case '\u0327' -> 0xB8;
            default -> -1;
        };
    }

    private static int fraction(char num, char den) {
        if (num == '1' && den == '4') {
            return 0xBC;
        }
        if (num == '1' && den == '2') {
            return 0xBD;
        }
        return num == '3' && den == '4' ? 0xBE : -1;
    }
}
