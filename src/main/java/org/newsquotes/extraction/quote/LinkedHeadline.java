package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.text.Token;

/**
 * Whether a marked passage is the headline of a linked story in a reading list: the closing mark is
 * followed by "by" and, within a few words, an outlet's possessive ("“Museum opens late on Fridays,” by
 * the Ledger's Ann Doe"). Such headlines quote nobody. Limits: the possessive must be written with 's or
 * a bare apostrophe ("Times'"); "called “…” by critics" is not a headline and is kept.
 * Also recognised: an excerpt of a linked story, whose closing mark is followed by the link itself
 * ("…: “The museum will open late.” http://x.example/1").
 * And a headline cited in parentheses with its outlet and date, as letters to the editor do ("(“Harbour to
 * close,” Ledger.com, Thursday)"): {@link #cited}; "(“…,” Ann Roe said)" is kept. Limits: the outlet must
 * start with a capital and be followed by a weekday, a month or a digit.
 */
final class LinkedHeadline {

    private static final int REACH = 5;
    /** After the headline: a comma by the closing mark, a capitalised outlet, a comma, a day or date and ")". */
    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "^(,[\"”'’]{1,2}|[\"”'’]{1,2},)\\s+[A-Z][^()\"“”,\n]{1,30},\\s*"
            + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|\\d))"
            + "[^()\"“”\n]{0,20}\\)");

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
        if (k >= tokens.size() || !tokens.get(k).is("by") || tokens.get(k).start() - q.close() > 3) {
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

    /** Whether {@code text[from, to)} starts with a comma by a closing mark, an outlet, a comma, a date and ")". */
    static boolean citation(String text, int from, int to) {
        return CITATION.matcher(text.substring(from, to)).find();
    }

    private static boolean isApostrophe(Token t) {
        return t.text().equals("'") || t.text().equals("’");
    }
}
