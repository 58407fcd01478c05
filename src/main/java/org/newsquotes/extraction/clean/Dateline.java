package org.newsquotes.extraction.clean;

/**
 * Recognises a dateline opening a paragraph: a place in capitals, optionally ", Region" and an agency in
 * parentheses, then a dash: "WASHINGTON —", "BRUSSELS (AP) —", "SAN JUAN, Puerto Rico (Reuters) -".
 * Returns the place part with any date ("WASHINGTON", "SAN JUAN, Puerto Rico", "WASHINGTON, June 24"). Linear
 * scan of the first {@value #MAX_PREFIX} characters. Limits: the place must be written in capitals and have
 * at most three words ("Washington —" and all-caps headlines are not datelines); "EXCLUSIVE —" and similar
 * labels are excluded by a list.
 */
final class Dateline {

    static final int MAX_PREFIX = 60;
    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("EXCLUSIVE", "BREAKING", "UPDATE",
            "UPDATED", "WATCH", "VIDEO", "LIVE", "ANALYSIS", "OPINION", "EDITORIAL", "CORRECTION", "NEW", "FLASHBACK");

    private Dateline() {
    }

    static String of(String paragraph) {
        int dash = dashAt(paragraph);
        if (dash <= 0) {
            return null;
        }
        String head = paragraph.substring(0, dash).strip();
        int paren = head.indexOf('(');
        if (paren > 0 && head.endsWith(")") && head.length() - paren <= 24) {
            head = head.substring(0, paren).strip();
        }
        int comma = head.indexOf(',');
        String place = comma < 0 ? head : head.substring(0, comma);
        String region = comma < 0 ? "" : head.substring(comma + 1).strip();
        if (!isCapitalPlace(place) || region.length() > 30 || region.indexOf('(') >= 0) {
            return null;
        }
        return head;
    }

    private static int dashAt(String p) {
        int limit = Math.min(p.length() - 1, MAX_PREFIX);
        for (int i = 1; i < limit; i++) {
            char c = p.charAt(i);
            boolean spaced = p.charAt(i - 1) == ' ' && p.charAt(i + 1) == ' ';
            if ((c == '—' || c == '–') && (spaced || p.charAt(i - 1) == ')')) {
                return i;
            }
            if (c == '-' && spaced) {
                return i;
            }
            if (c == '-' && p.charAt(i + 1) == '-' && p.charAt(i - 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCapitalPlace(String place) {
        int letters = 0;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (" .'-".indexOf(c) < 0) {
                return false;
            }
        }
        int words = place.strip().split(" ").length;
        return letters >= 2 && place.length() <= 40 && words <= 3 && !NOT_PLACES.contains(place.strip());
    }
}
