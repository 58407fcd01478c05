package org.newsquotes.extraction.date;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.text.CalendarWords;

/**
 * The words a date expression can start with (the {@link CalendarWords} weekdays, month names and
 * abbreviations and days named from today, and "this", "last", "past"), looked up by length and first letter
 * without making a string, so that {@link DateScanner} and {@link QuoteDateResolver} can skip the many tokens
 * and sentences that hold no date. Limits: English, ASCII words only.
 */
final class DateWords {

    private static final String[][][] STARTERS = starters();

    private DateWords() {
    }

    /**
     * Whether {@code text[from, to)} can hold a date expression at all, without making a token: every
     * expression has a word {@link DateScanner} looks up or, for "in 2008", a four-digit number. Lets the
     * resolver skip the token list of the many sentences without one.
     */
    static boolean mayHoldDate(String text, int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = DateToken.endOf(text, i, to);
            if (Character.isDigit(c) ? end - i == 4 : Character.isLetter(c) && isStarter(text, i, end - i)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /**
     * Whether {@code text[start, start + len)} lower-cases to a word {@link DateScanner} looks up. Compares
     * char by char through {@link Character#toLowerCase(char)}, which agrees with {@code String.toLowerCase}
     * on every word that lower-cases to one of these ASCII words.
     */
    static boolean isStarter(String text, int start, int len) {
        if (len >= STARTERS.length) {
            return false;
        }
        int first = Character.toLowerCase(text.charAt(start)) - 'a';
        if (first < 0 || first >= 26) {
            return false;
        }
        for (String w : STARTERS[len][first]) {
            if (sameLowerCase(text, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text[from, from + word.length())} lower-cases to {@code word}, its first letter known. */
    private static boolean sameLowerCase(String text, int from, String word) {
        for (int k = 1; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(from + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The words that can start a date (weekdays, months, "today", "this"...), by length and first letter. */
    private static String[][][] starters() {
        List<String> all = new ArrayList<>(CalendarWords.WEEKDAYS);
        all.addAll(CalendarWords.monthsAndAbbreviations());
        all.addAll(CalendarWords.NEAR_DAYS);
        all.addAll(List.of("this", "last", "past"));
        int max = all.stream().mapToInt(String::length).max().orElse(0);
        String[][][] out = new String[max + 1][26][];
        for (int len = 0; len <= max; len++) {
            for (int first = 0; first < 26; first++) {
                final int l = len;
                final char f = (char) ('a' + first);
                out[len][first] = all.stream().filter(w -> w.length() == l && w.charAt(0) == f).sorted()
                        .toArray(String[]::new);
            }
        }
        return out;
    }
}
