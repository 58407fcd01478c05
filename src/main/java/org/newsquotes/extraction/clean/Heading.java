package org.newsquotes.extraction.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the head of a plain-text article without changing it: a headline on the first line, a byline
 * ("By Jane Doe and John Roe") among the first lines, and a dateline ("WASHINGTON —", "BRUSSELS (AP) —",
 * "SAN JUAN, Puerto Rico —") opening the first paragraph of body text.
 *
 * <p>Limits: only the first {@value #HEAD_LINES} non-blank lines are looked at; a dateline place must be
 * written in capitals; a headline is a short first line followed by more text, either in headline case (70 %
 * of its words capitalised) or half capitalised without final punctuation.
 */
final class Heading {

    static final int HEAD_LINES = 3;

    /** What the head says; any part may be null (authors empty). */
    record Result(String title, List<String> authors, String dateline) {
    }

    private Heading() {
    }

    static Result read(String text) {
        List<String> lines = headLines(text);
        String title = null;
        List<String> authors = List.of();
        String dateline = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (dateline == null && (dateline = Dateline.of(line)) != null) {
                break;
            }
            List<String> by = byline(line);
            if (by != null && authors.isEmpty()) {
                authors = by;
            } else if (i == 0 && lines.size() > 1 && isHeadline(line)) {
                title = stripFinalPeriod(line);
            }
        }
        return new Result(title, authors, dateline);
    }

    private static List<String> headLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length() && out.size() < HEAD_LINES) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end - start > 0 && !text.substring(start, end).isBlank()) {
                out.add(text.substring(start, Math.min(end, start + 1000)));
            }
            start = end + 1;
        }
        return out;
    }

    /** Names from "By A, B and C" (organisation suffixes like ", Associated Press" dropped), else null. */
    static List<String> byline(String line) {
        if (line.length() > 120 || line.endsWith(".") || !(line.startsWith("By ") || line.startsWith("BY "))) {
            return null;
        }
        String rest = line.substring(3);
        for (String sep : List.of(" | ", " - ", " — ", "; ", " Published", " Updated")) {
            int k = rest.indexOf(sep);
            if (k > 0) {
                rest = rest.substring(0, k);
            }
        }
        List<String> kept = new ArrayList<>();
        for (String chunk : rest.replace(" and ", ",").replace(" & ", ",").split(",")) {
            String c = chunk.strip();
            if (c.isEmpty() || CreditLines.isOrganisation(c)) {
                continue;
            }
            String name = CreditLines.leadingName(c);
            if (name == null || name.length() != c.length()) {
                return null;
            }
            kept.add(name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name);
        }
        return kept.isEmpty() ? null : kept;
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return b.toString();
    }

    private static boolean isHeadline(String line) {
        if (line.length() > 200 || line.isEmpty() || "\"“'‘«".indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        String[] words = line.split(" ");
        if (words.length > 25) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            }
        }
        char last = line.charAt(line.length() - 1);
        boolean openEnded = ".!?\"”:,;".indexOf(last) < 0;
        return openEnded && capitalised * 2 >= words.length || capitalised * 10 >= words.length * 7;
    }

    private static String stripFinalPeriod(String line) {
        return line.endsWith(".") && !line.endsWith("..") ? line.substring(0, line.length() - 1) : line;
    }
}
