package org.newsquotes.extraction.clean;

import org.newsquotes.extraction.OffsetMap;

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 ("â€™" for ’, "Ã©" for é).
 *
 * <p>One linear pass maps each suspicious run back to the bytes it came from (cp1252, or Latin-1 for the
 * C1 controls) and keeps the UTF-8 reading only when the bytes form one valid, non-overlong sequence for a
 * printable code point. Two truncated forms are also fixed: "â€" whose third byte (undefined in cp1252)
 * was lost stands for ” (0x9D), or for the hyphen ‐ (0x90) when glued between two letters; and a lone "†" glued between a quoted word and the next word inside an
 * open “ quotation stands for "” " (the seed-000 damage); "â€\"" (an em dash whose ” was folded to ASCII)
 * stands for —. Passes repeat until nothing changes, so double
 * encodings are undone and the result is a fixed point (repair is idempotent).
 *
 * <p>Limits: a real "â€" or a real dagger glued to a word inside an open quotation would be "repaired"; a
 * dagger closing a quotation opened on an earlier line is left alone; mojibake whose bytes were replaced by
 * "?" or U+FFFD cannot be recovered and is left alone. Text normalised after the damage (NFD/NFKD: "A" and a
 * combining tilde for "Ã", "1⁄4" for "¼") is read back through {@link MojibakeUnits}, within its limits.
 */
final class Mojibake {

    private static final int MAX_PASSES = 6;
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /** The repaired text, how many sequences were replaced, and where its offsets lie in the input. */
    record Result(String text, int count, OffsetMap offsets) {
    }

    private Mojibake() {
    }

    static Result repair(String text) {
        String current = text;
        int total = 0;
        OffsetMap offsets = OffsetMap.identity();
        for (int pass = 0; pass < MAX_PASSES && suspicious(current); pass++) {
            StringBuilder out = new StringBuilder(current.length());
            OffsetMap.Builder runs = new OffsetMap.Builder();
            int count = pass(current, out, runs);
            if (count == 0) {
                break;
            }
            total += count;
            current = out.toString();
            offsets = runs.build().after(offsets);
        }
        return new Result(current, total, offsets);
    }

    /**
     * Fast check, no allocation: a pass can change something only at a UTF-8 lead byte (Â..ô) followed by a
     * continuation byte (every decoded sequence, "â€\"" and the truncated "â€" start so) or at a dagger. Clean
     * text, accented names ("José") included, skips the copying pass.
     */
    private static boolean suspicious(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && i + 1 < n) {
                int b = byteOf(s.charAt(i + 1));
                if (b >= 0x80 && b <= 0xBF) {
                    return true;
                }
            } else if (c == '†') {
                return true;
            }
        }
        return MojibakeUnits.hasDecomposed(s);
    }

    private static int pass(String s, StringBuilder out, OffsetMap.Builder runs) {
        int count = 0;
        boolean openQuote = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int from = i;
            int written = out.length();
            int used = decodeAt(s, i, out);
            if (used > 0) {
                count++;
                openQuote = quoteState(out.charAt(out.length() - 1), openQuote);
                i += used;
            } else if (asciiFoldedDash(s, i)) {
                out.append('—');
                count++;
                i += 3;
            } else if (truncatedCloser(s, i)) {
                boolean inWord = i > 0 && Character.isLetter(s.charAt(i - 1)) && i + 2 < n
                        && Character.isLetter(s.charAt(i + 2));
                out.append(inWord ? '‐' : '”');
                openQuote = openQuote && inWord;
                count++;
                i += 2;
            } else if (c == '†' && openQuote && gluedDagger(s, i, out)) {
                out.append('”');
                if (i + 1 < n && s.charAt(i + 1) != '\n') {
                    out.append(' ');
                }
                openQuote = false;
                count++;
                i++;
            } else {
                out.append(c);
                openQuote = quoteState(c, openQuote);
                i++;
                continue;
            }
            runs.replaced(from, i, written, out.length());
        }
        return count;
    }

    private static boolean quoteState(char c, boolean open) {
        if (c == '“') {
            return true;
        }
        return c != '”' && c != '\n' && open;
    }

    /**
     * Decodes one mis-decoded UTF-8 sequence at {@code i} into {@code out}; returns chars used, or 0. Its bytes
     * are read by {@link MojibakeUnits}, so a letter decomposed after the damage ("A" + U+0303 for "Ã") counts.
     */
    private static int decodeAt(String s, int i, StringBuilder out) {
        int lead = MojibakeUnits.lead(s, i);
        if (lead < 0) {
            return 0;
        }
        int b0 = lead >> 8;
        int len = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        int cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        int at = i + (lead & 0xFF);
        for (int k = 1; k < len; k++) {
            int u = MojibakeUnits.continuation(s, at, b0, k == 1, i);
            if (u < 0) {
                return 0;
            }
            cp = (cp << 6) | ((u >> 8) & 0x3F);
            at += u & 0xFF;
        }
        if (!valid(cp, len)) {
            return 0;
        }
        out.appendCodePoint(cp);
        return at - i;
    }

    private static boolean valid(int cp, int len) {
        int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || cp < 0xA0) {
            return false;
        }
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        boolean privateUse = cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000;
        boolean nonCharacter = (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF;
        return !surrogate && !privateUse && !nonCharacter;
    }

    /** "â€\"": an em dash (E2 80 94 read as "â€”") whose ” was folded to a straight quote. */
    private static boolean asciiFoldedDash(String s, int i) {
        return s.charAt(i) == 'â' && i + 2 < s.length() && byteOf(s.charAt(i + 1)) == 0x80
                && s.charAt(i + 2) == '"';
    }

    /** "â€" (E2 80) not followed by a continuation byte: ” whose last byte 0x9D was dropped. */
    private static boolean truncatedCloser(String s, int i) {
        if (s.charAt(i) != 'â' || i + 1 >= s.length() || byteOf(s.charAt(i + 1)) != 0x80) {
            return false;
        }
        if (i + 2 >= s.length()) {
            return true;
        }
        int b = byteOf(s.charAt(i + 2));
        return b < 0x80 || b > 0xBF;
    }

    /** A dagger right after a word or punctuation and glued to the next word (or ending the line). */
    private static boolean gluedDagger(String s, int i, StringBuilder out) {
        if (out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1))) {
            return false;
        }
        if (i + 1 >= s.length() || s.charAt(i + 1) == '\n') {
            return true;
        }
        return Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** The byte a cp1252 (or Latin-1) decoder turned into {@code c}, or -1. */
    static int byteOf(char c) {
        if (c < 0x80) {
            return -1;
        }
        if (c <= 0xFF) {
            return c;
        }
        int k = CP1252_HIGH.indexOf(c);
        return k < 0 ? -1 : 0x80 + k;
    }
}
