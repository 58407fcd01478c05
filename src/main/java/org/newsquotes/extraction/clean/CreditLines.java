package org.newsquotes.extraction.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses reporting credits at the end of an article into author names: "Dixon reported from Belgrade,
 * Serbia. Paul Sonne in Washington contributed to this report." gives [Dixon, Paul Sonne];
 * "Contributing: A, B and C.", "(Reporting by A; Editing by B.)" and "--additional reporting by A." are
 * recognised too (editors are not authors).
 *
 * <p>Names are the leading capitalised words of each credited chunk, so a spun "in" ("Paul Sonne
 * successful Washington") still ends the name. Limits: a line is a credit only when every sentence in it
 * is one; names in lower case or with particles other than de/van/von/da/del/la/le/bin are cut short.
 */
final class CreditLines {

    private static final List<String> VERBS = List.of(" contributed", " reported from", " reported this",
            " reported and wrote");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("The", "A", "An", "This", "That",
            "He", "She", "They", "It", "We", "I", "Officials", "Police");
    private static final List<String> STAFF = List.of("associated press writers ", "associated press writer ",
            "ap writers ", "ap writer ", "staff writers ", "staff writer ", "reuters reporters ", "writers ",
            "writer ", "staff ");

    private CreditLines() {
    }

    /** Author names when the whole {@code line} is a credit line, otherwise null. */
    static List<String> parse(String line) {
        String s = line.replace('\u00A0', ' ').strip();
        if (s.isEmpty() || s.length() > TrailerLines.MAX_LENGTH) {
            return null;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("contributing:") || lower.startsWith("contributing reporters:")) {
            return names(s.substring(s.indexOf(':') + 1));
        }
        int lead = 0;
        while (lead < s.length() && "(-–— ".indexOf(s.charAt(lead)) >= 0) {
            lead++;
        }
        String opening = lower.substring(lead);
        for (String p : List.of("reporting by ", "additional reporting by ")) {
            if (opening.startsWith(p)) {
                return reporters(s.substring(lead + p.length()));
            }
        }
        List<String> authors = new ArrayList<>();
        for (String sentence : sentences(s)) {
            int verb = verbAt(sentence);
            if (verb <= 0) {
                return null;
            }
            List<String> found = names(stripStaff(sentence.substring(0, verb)), true);
            if (found == null) {
                return null;
            }
            authors.addAll(found);
        }
        return authors.isEmpty() ? null : authors;
    }

    /** Names after "Reporting by", up to ";" or ")" (editors after the semicolon are not authors). */
    private static List<String> reporters(String rest) {
        int end = rest.length();
        for (char stop : new char[] {';', ')'}) {
            int k = rest.indexOf(stop);
            if (k >= 0 && k < end) {
                end = k;
            }
        }
        String list = rest.substring(0, end).strip();
        return names(list.endsWith(".") ? list.substring(0, list.length() - 1) : list);
    }

    private static int verbAt(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        int best = -1;
        for (String v : VERBS) {
            int k = lower.indexOf(v);
            if (k >= 0 && (best < 0 || k < best)) {
                best = k;
            }
        }
        return best;
    }

    private static String stripStaff(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        for (String p : STAFF) {
            if (lower.startsWith(p)) {
                return s.substring(p.length());
            }
        }
        return s;
    }

    /** Names in "A, B and C" (each chunk cut at its first non-capitalised word); null when none. */
    static List<String> names(String list) {
        return names(list, false);
    }

    /**
     * Names in "A, B and C"; when {@code strict}, a chunk is a name optionally followed by a place ("Paul
     * Sonne in Washington", also spun "successful"), and anything else makes the whole list null.
     */
    static List<String> names(String list, boolean strict) {
        List<String> out = new ArrayList<>();
        for (String raw : list.replace(" and ", ",").replace(" & ", ",").split(",")) {
            String chunk = raw.strip();
            String name = leadingName(chunk);
            if (strict && (name == null || NOT_NAMES.contains(name) || !onlyPlaceAfter(chunk, name))) {
                if (chunk.isEmpty() || !out.isEmpty() && isPlace(chunk)) {
                    continue;
                }
                return null;
            }
            if (name != null && !isOrganisation(name)) {
                out.add(name);
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean onlyPlaceAfter(String chunk, String name) {
        String rest = chunk.substring(Math.min(chunk.length(), name.length())).strip();
        return rest.isEmpty() || rest.startsWith("in ") || rest.startsWith("from ") || rest.startsWith("successful ")
                || rest.startsWith("at ") || rest.startsWith("astatine ");
    }

    /** A bare capitalised place after a comma ("Belgrade, Serbia"): accepted but not a name. */
    private static boolean isPlace(String chunk) {
        return !chunk.isEmpty() && Character.isUpperCase(chunk.charAt(0)) && chunk.split(" ").length <= 3;
    }

    static boolean isOrganisation(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        for (String w : List.of("press", "reuters", "times", "post", "news", "staff", "writer", "service",
                "today", "correspondent", "editor", "agency", "wire", "journal", "bureau")) {
            if (n.contains(w)) {
                return true;
            }
        }
        return n.equals("ap") || n.equals("afp") || n.equals("cnn") || n.equals("bbc");
    }

    static String leadingName(String chunk) {
        String[] words = chunk.split(" ");
        StringBuilder name = new StringBuilder();
        int count = 0;
        for (String w : words) {
            String word = w.endsWith(".") && w.length() > 2 ? w.substring(0, w.length() - 1) : w;
            if (word.isEmpty() || !isNameWord(word, count)) {
                break;
            }
            name.append(count == 0 ? "" : " ").append(word);
            count++;
        }
        return count == 0 || count > 4 ? null : name.toString();
    }

    private static boolean isNameWord(String w, int position) {
        if (position > 0 && List.of("de", "van", "von", "da", "del", "la", "le", "bin").contains(w)) {
            return true;
        }
        return Character.isUpperCase(w.charAt(0)) && !w.equals("In") && !w.equals("From");
    }

    /** Splits at ". " before an upper-case letter when the word before the period is not an initial. */
    private static List<String> sentences(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 2 < s.length(); i++) {
            if (s.charAt(i) == '.' && s.charAt(i + 1) == ' ' && Character.isUpperCase(s.charAt(i + 2))
                    && i >= 2 && Character.isLetter(s.charAt(i - 2))) {
                out.add(s.substring(start, i + 1).strip());
                start = i + 2;
            }
        }
        out.add(s.substring(start).strip());
        return out;
    }
}
