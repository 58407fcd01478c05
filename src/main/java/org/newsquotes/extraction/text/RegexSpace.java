package org.newsquotes.extraction.text;

/**
 * The six ASCII space characters a regular expression's {@code \s} matches (space, tab, line feed, vertical
 * tab, form feed, carriage return; not the no-break space), for the hand-written scanners that replaced
 * {@code split("\\s+")} and {@code \s} patterns and must cut exactly where those did. Stateless.
 */
public final class RegexSpace {

    private RegexSpace() {
    }

    /** Whether {@code c} is one of the six characters {@code \s} matches. */
    public static boolean is(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
