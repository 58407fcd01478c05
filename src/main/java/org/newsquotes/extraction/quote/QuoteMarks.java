package org.newsquotes.extraction.quote;

/**
 * The double quotation marks {@link QuoteMarkScanner} pairs, one character at a time: which characters open,
 * which close a given opener, the two straight apostrophes ({@code ''}) some archives print for a double
 * mark, and whether two marks are of the same style (straight or typographic). Single quotes (‘ ’ ') are
 * never marks here.
 */
final class QuoteMarks {

    /** The opener recorded for a {@code ''} mark. */
    static final char APOSTROPHES = '\'';

    private QuoteMarks() {
    }

    /** “ " „ « open a passage. */
    static boolean isOpener(char c) {
        return c == '“' || c == '"' || c == '„' || c == '«';
    }

    /** Whether {@code c} closes a passage opened by {@code opener} (” or " for most; » for «; also “ for „). */
    static boolean closes(char opener, char c) {
        return switch (opener) {
            case '«' -> c == '»';
            case '”' -> c == '”' || c == '"';
            case '„' -> c == '“' || c == '”' || c == '"';
            default -> c == '”' || c == '"';
        };
    }

    /** Two straight apostrophes used as a double quotation mark, as some archives print it: ''Yes,'' he said. */
    static boolean doubledApostrophe(String text, int i, int end) {
        return text.charAt(i) == '\'' && i + 1 < end && text.charAt(i + 1) == '\''
                && (i + 2 >= end || text.charAt(i + 2) != '\'');
    }

    /** Two closing single marks typed for a closing double one: “a question’’ that …. */
    static boolean doubledClosingSingle(String text, int i, int end) {
        return text.charAt(i) == '’' && i + 1 < end && text.charAt(i + 1) == '’';
    }

    /** A run-on quote reopens with the same kind of mark: straight after straight, typographic after typographic. */
    static boolean sameStyle(char opener, char next) {
        boolean straight = opener == '"' || opener == APOSTROPHES;
        return straight == (next == '"' || next == '\'');
    }
}
