package org.newsquotes.extraction.speaker;

/**
 * Whether a source name as written is a piece of a sentence led by a number rather than a source: a sum whose
 * noun phrase ran on into the clause ("3 million to a fund", "2 million ad campaign this week", "40 million
 * lawsuit in 2013": a number, then million/billion/trillion, ending in a word that is no plural; "13 million
 * people" and "100 million Ruritanians" stay), a live-blog time stamp glued to a name ("52PMLee"), or a year
 * alone, bare or after an article ("2001", "A 2014": the noun was cut off). The sieve keeps the mention but gives
 * no name. Limits: word shapes only; a plural that is no source ("5 million in loans") is kept.
 */
final class NumberLedPhrase {

    private NumberLedPhrase() {
    }

    /** Whether {@code name} (words split by spaces) is a number-led fragment that names no one. */
    static boolean numberLed(String name) {
        String[] w = name.trim().split(" ");
        if (w.length == 0 || w[0].isEmpty()) {
            return false;
        }
        if (timeStamp(w[0])) {
            return true;
        }
        String year = w.length == 1 ? w[0] : w.length == 2 && article(w[0]) ? w[1] : null;
        if (year != null && year(year)) {
            return true;
        }
        if (w.length < 3 || !number(w[0]) || !(w[1].equals("million") || w[1].equals("billion")
                || w[1].equals("trillion"))) {
            return false;
        }
        String last = w[w.length - 1];
        return !(last.endsWith("s") && !last.endsWith("ss") || last.equals("people"));
    }

    /** "52PMLee", "12amCNN": digits, "PM"/"AM" in either case, then a capital. */
    private static boolean timeStamp(String word) {
        int i = 0;
        while (i < word.length() && Character.isDigit(word.charAt(i))) {
            i++;
        }
        if (i == 0 || i + 3 > word.length()) {
            return false;
        }
        char a = Character.toLowerCase(word.charAt(i));
        char m = Character.toLowerCase(word.charAt(i + 1));
        return (a == 'p' || a == 'a') && m == 'm' && Character.isUpperCase(word.charAt(i + 2));
    }

    private static boolean year(String word) {
        if (word.length() != 4 || !number(word)) {
            return false;
        }
        return word.startsWith("19") || word.startsWith("20") || word.startsWith("18");
    }

    private static boolean number(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != ',') {
                return false;
            }
        }
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    private static boolean article(String word) {
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") || word.equalsIgnoreCase("the");
    }
}
