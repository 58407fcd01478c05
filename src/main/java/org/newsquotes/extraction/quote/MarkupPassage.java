package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.RegexSpace;

/**
 * Whether a marked passage is page furniture rather than anyone's words: a stage direction alone in
 * parentheses ("(CROSSTALK.)", "(Applause)") inside a transcript, a social-media follow line ("Follow Jane
 * Doe on Twitter @jdoe.") caught inside a quotation that runs to the end of an article, or a one-word page
 * label ("Related:"); or an item of a dated list of slogans or posters ("“No to X” (2005) — “Yes to Y” (2009)"),
 * whose closing mark is followed by a parenthesis ending in a year. Limits: a follow line
 * must start with "Follow" and name a handle (@…) or "on Twitter"/"on Facebook"; parenthesised words with text
 * after the closing parenthesis are kept.
 * Also a quoted subheading ({@link #subheading}): a paragraph that is nothing but a marked passage of at least
 * three words with no lower-case letter ("“TAXES ARE TOO HIGH”"). Limits: a chant of three or more capitalised
 * words quoted alone in its paragraph is dropped too.
 */
final class MarkupPassage {

    private static final int MAX_FOLLOW = 80;
    private static final int MAX_DATED = 50;

    private MarkupPassage() {
    }

    /** Whether {@code inner} (the text inside the marks) is a stage direction or a follow line. */
    static boolean is(String text, Span inner) {
        return stageDirection(text, inner) || followLine(text, inner) || label(text, inner);
    }

    /**
     * Whether the passage {@code q} is followed by a parenthesis of at most {@value #MAX_DATED} characters
     * ending in a year ("“…” (2005)", "“…” (election poster 2003)"): an item cited from a dated list.
     */
    static boolean dated(String text, MarkedQuote q) {
        int i = q.afterClose(text);
        if (i < 0 || i >= text.length() || text.charAt(i) != '(') {
            return false;
        }
        int close = text.indexOf(')', i);
        if (close < 0 || close - i > MAX_DATED || close - i < 5) {
            return false;
        }
        for (int k = close - 4; k < close; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        char c = text.charAt(close - 4);
        return (c == '1' || c == '2') && (close - 5 == i || !Character.isLetterOrDigit(text.charAt(close - 5)));
    }

    /** Whether {@code q} alone fills its paragraph and is written in capitals, with three words or more. */
    static boolean subheading(String text, MarkedQuote q) {
        if (!q.closed() || q.runsOn()) {
            return false;
        }
        String inner = q.inner().of(text);
        if (inner.chars().anyMatch(Character::isLowerCase) || words(text, q.inner().start(), q.inner().end()) < 3) {
            return false;
        }
        int start = text.lastIndexOf('\n', q.inner().start()) + 1;
        int end = text.indexOf('\n', q.inner().end());
        return onlyMarks(text, start, q.inner().start()) && onlyMarks(text, q.inner().end(),
                end < 0 ? text.length() : end);
    }

    /**
     * The number of words in {@code text[from, to)}: runs of space, tab, line feed, vertical tab, form feed or
     * carriage return split it, once it is stripped of {@link Character#isWhitespace} at both ends (so a
     * no-break space joins words); 1 when nothing is left. The answer of {@code strip().split("\\s+").length}.
     */
    static int words(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int words = 1;
        for (int i = s + 1; i < e; i++) {
            if (RegexSpace.is(text.charAt(i)) && !RegexSpace.is(text.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    private static boolean onlyMarks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("\"“”'‘’. ".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A single word and a colon ("Related:", "Watch:"): a page label, not a quotation. */
    private static boolean label(String text, Span inner) {
        int e = inner.end() - 1;
        if (e <= inner.start() || text.charAt(e) != ':') {
            return false;
        }
        for (int i = inner.start(); i < e; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean stageDirection(String text, Span inner) {
        int s = inner.start();
        int e = inner.end();
        while (e > s && ".,".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s < 3 || text.charAt(s) != '(' || text.charAt(e - 1) != ')') {
            return false;
        }
        for (int i = s + 1; i < e - 1; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == ')') {
                return false;
            }
        }
        return true;
    }

    private static boolean followLine(String text, Span inner) {
        if (inner.length() > MAX_FOLLOW || !text.startsWith("Follow ", inner.start())) {
            return false;
        }
        String s = inner.of(text);
        return s.contains(" @") || s.contains(" on Twitter") || s.contains(" on Facebook");
    }
}
