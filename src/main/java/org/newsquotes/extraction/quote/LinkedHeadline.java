package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.text.RegexSpace;
import org.newsquotes.extraction.text.Token;

/**
 * Whether a marked passage is the headline of a linked story in a reading list: the closing mark is
 * followed by "by" and, within a few words, an outlet's possessive ("“Museum opens late on Fridays,” by
 * the Ledger's Ann Doe"). Such headlines quote nobody. Limits: the possessive must be written with 's or
 * a bare apostrophe ("Times'"), and the word after "by" must be capitalised or "the": "called “…” by
 * critics" and "said it was “wrong” by citing Lee's letter" are not headlines and are kept.
 * Also recognised: an excerpt of a linked story, whose closing mark is followed by the link itself
 * ("…: “The museum will open late.” http://x.example/1").
 * And a headline cited in parentheses with its outlet and date, as letters to the editor do ("(“Harbour to
 * close,” Ledger.com, Thursday)"): {@link #cited}; "(“…,” Ann Roe said)" is kept. Limits: the outlet must
 * start with a capital and be followed by a weekday, a month or a digit.
 */
final class LinkedHeadline {

    private static final int REACH = 5;
    private static final int MAX_OUTLET = 30;
    private static final int MAX_DATE_TAIL = 20;
    /** Words a date may start with, case as written ("Thursday", "Aug. 3", "Sept"); or a digit. */
    private static final String[] DATES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"};

    private LinkedHeadline() {
    }

    /** Whether {@code q} is followed by a byline naming an outlet. */
    static boolean bylined(MarkedQuote q, ArticleTokens tokens) {
        if (!q.closed()) {
            return false;
        }
        int k = tokens.firstAtOrAfter(q.close() + 1);
        if (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
        }
        if (k + 1 >= tokens.size() || !tokens.get(k).is("by") || tokens.get(k).start() - q.close() > 3
                || !(tokens.get(k + 1).isCapitalized() || tokens.get(k + 1).is("the"))) {
            return false;
        }
        for (int i = k + 1; i < tokens.size() && i - k <= REACH; i++) {
            Token t = tokens.get(i);
            if (tokens.quoteOf(i) >= 0 || t.text().equals(".") || t.text().equals(",")) {
                return false;
            }
            if (t.isPossessive() || isApostrophe(t) && i > k + 1 && tokens.get(i - 1).end() == t.start()) {
                return i > k + 1 && tokens.get(k + 1).isCapitalized() || t.isPossessive() && t.isCapitalized();
            }
        }
        return false;
    }

    /** Whether the closing mark of {@code q} is followed (one space allowed) by a web address. */
    static boolean linkedExcerpt(MarkedQuote q, String text) {
        int i = q.afterClose(text);
        return i >= 0 && (text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i));
    }

    /** Whether {@code q} opens right after "(" and is followed by ", Outlet, date)". */
    static boolean cited(MarkedQuote q, String text) {
        if (!q.closed()) {
            return false;
        }
        int before = q.open() - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || text.charAt(before) != '(') {
            return false;
        }
        int end = q.inner().end();
        int from = end > 0 && text.charAt(end - 1) == ',' ? end - 1 : end;
        return citation(text, from, Math.min(text.length(), end + 50));
    }

    /**
     * Whether {@code text[from, to)} starts with a comma by one or two closing marks (",”" or "”,"), spaces,
     * an outlet ({@value #MAX_OUTLET} characters at most after a capital A-Z, no comma, parenthesis, double mark
     * or line feed), a comma, optional spaces, a weekday, a month or a digit, and within
     * {@value #MAX_DATE_TAIL} more characters (no parenthesis, double mark or line feed) a ")".
     * Spaces are those of {@link RegexSpace#is}.
     */
    static boolean citation(String text, int from, int to) {
        int i = from + 2 < to && CommaMarks.at(text, from, 2) && RegexSpace.is(text.charAt(from + 2)) ? from + 2
                : from + 3 < to && CommaMarks.at(text, from, 3) && RegexSpace.is(text.charAt(from + 3)) ? from + 3
                : -1;
        if (i < 0) {
            return false;
        }
        int a = spaces(text, i, to);
        if (a >= to || text.charAt(a) < 'A' || text.charAt(a) > 'Z') {
            return false;
        }
        int comma = a + 1;
        while (comma < to && comma - a <= MAX_OUTLET && !stop(text.charAt(comma)) && text.charAt(comma) != ',') {
            comma++;
        }
        if (comma == a + 1 || comma >= to || text.charAt(comma) != ',') {
            return false;
        }
        int d = spaces(text, comma + 1, to);
        int tail = dateEnd(text, d, to);
        if (tail < 0) {
            return false;
        }
        int close = tail;
        while (close < to && close - tail <= MAX_DATE_TAIL && !stop(text.charAt(close))) {
            close++;
        }
        return close < to && close - tail <= MAX_DATE_TAIL && text.charAt(close) == ')';
    }

    /** Characters neither an outlet nor a date may hold: parentheses, double marks, line feed. */
    private static boolean stop(char c) {
        return c == '(' || c == ')' || c == '"' || c == '“' || c == '”' || c == '\n';
    }

    private static int spaces(String text, int i, int to) {
        while (i < to && RegexSpace.is(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the weekday, month or digit starting {@code text[d, to)}, or -1. */
    private static int dateEnd(String text, int d, int to) {
        if (d < to && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
            return d + 1;
        }
        for (String w : DATES) {
            if (d + w.length() <= to && text.startsWith(w, d)) {
                return d + w.length();
            }
        }
        return -1;
    }

    private static boolean isApostrophe(Token t) {
        return t.text().equals("'") || t.text().equals("’");
    }
}
