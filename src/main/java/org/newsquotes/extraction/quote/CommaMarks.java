package org.newsquotes.extraction.quote;

/**
 * Character tests shared by the hand-written scanners of {@link WorkTitle} and {@link LinkedHeadline}: a
 * comma written by a closing mark (",”", "”,", ",’”", "’”,"). Stateless.
 */
final class CommaMarks {

    private CommaMarks() {
    }

    /** Whether {@code c} is a straight or curly closing mark, double or single ("”", "’", '"', "'"). */
    static boolean isMark(char c) {
        return c == '"' || c == '”' || c == '\'' || c == '’';
    }

    /**
     * Whether {@code text[i, i + n)} ({@code n} 2 or 3, inside {@code text}) is a comma followed by
     * {@code n - 1} marks or {@code n - 1} marks followed by a comma.
     */
    static boolean at(String text, int i, int n) {
        if (text.charAt(i) == ',') {
            return isMark(text.charAt(i + 1)) && (n == 2 || isMark(text.charAt(i + 2)));
        }
        return isMark(text.charAt(i)) && (n == 2 ? text.charAt(i + 1) == ','
                : isMark(text.charAt(i + 1)) && text.charAt(i + 2) == ',');
    }

    /**
     * Whether {@code text[i, to)} starts with a comma and one or two marks, or one or two marks and a comma:
     * what the regex {@code ^(,["”'’]{1,2}|["”'’]{1,2},)} finds.
     */
    static boolean startsAt(String text, int i, int to) {
        return i + 2 <= to && at(text, i, 2) || i + 3 <= to && at(text, i, 3);
    }
}
