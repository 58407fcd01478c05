package org.newsquotes.extraction.date;

import java.time.LocalDate;
import java.util.List;
import org.newsquotes.extraction.DatePrecision;
import org.newsquotes.extraction.QuoteDate;
import org.newsquotes.extraction.Span;

/**
 * Resolves when a quote was said from date words near its cue ("said Tuesday", "last month", "Jan. 10")
 * against the article's publication date. Thread-safe.
 *
 * <p>Rules: only words inside the sentence and outside quotation marks count, and the one nearest the cue
 * (in words) wins, a later one on ties. Weekdays, "today", "yesterday" and "this/last week|month|year" count within
 * {@value #RELATIVE_REACH} words of the cue; calendar dates ("Jan. 10", "in March", "in 2008") only when
 * attached to the statement: right after the cue ("said Jan. 10"), introduced by "in"/"on" after it with
 * only words about the act of saying between ("said in a statement on Jan. 10"), or opening the sentence
 * before it ("On Jan. 10, Smith said", "In 2010 she said"). So "a 2008 summit" in the content is not the
 * date of the quote. A date after the publication date is never the date of a quote. Without a cue, the first date word of
 * the sentence counts (calendar dates only with "in"/"on"). Date words inside the quote's own content, when
 * given, never count: they date what the speaker talks about. Nor do date words in a side clause the cue is not
 * part of, or outside the side clause the cue is in ({@link SideClauses}: "Voss, who was arrested Monday, said"),
 * nor a weekday still to come ({@link FutureDays}: "the board will vote Tuesday, Voss said"), unless it
 * is the publication day.
 *
 * <p>Resolution: a weekday is the latest such day on or before publication (published Wednesday
 * 2022-01-12: "Tuesday" → 2022-01-11, "Wednesday" → 2022-01-12). Periods resolve to their first day: "this
 * week" → the Monday of the publication week (precision WEEK), "last week" → the Monday before (on a Sunday,
 * the Monday of the week ending that day), "this past week" → the Monday of the week ending the day before,
 * "this/last month" → the 1st (MONTH), "last year"/"in 2008" → 1 January (YEAR). A date without a year is the latest
 * such date on or before publication. Relative words need a publication date; with none, only dates that
 * carry a year resolve. Fallback: the publication date (precision DAY, text null); null when neither is
 * known. Limits: English only; no "two days ago" or future dates.
 */
public final class QuoteDateResolver {

    static final int RELATIVE_REACH = 6;
    static final int EXPLICIT_REACH = 4;

    /**
     * @param text        the article text
     * @param sentence    the sentence(s) holding the quote and its attribution; only date words inside it count
     * @param cue         the reporting cue, or null; date words next to it win over others
     * @param publishedAt the article's publication date, or null
     * @return the resolved date, the publication date (precision day, text null) as fallback, or null
     */
    public QuoteDate resolve(String text, Span sentence, Span cue, LocalDate publishedAt) {
        return resolve(text, sentence, cue, null, publishedAt);
    }

    /**
     * As {@link #resolve(String, Span, Span, LocalDate)}, but date words inside {@code content} (the quote's own
     * words, or null) never count: "Smith said the video went viral last week" is not dated last week.
     */
    public QuoteDate resolve(String text, Span sentence, Span cue, Span content, LocalDate publishedAt) {
        QuoteDate found = text == null || sentence == null ? null
                : fromWords(text, sentence, cue, content, publishedAt);
        if (found != null) {
            return found;
        }
        return publishedAt == null ? null : new QuoteDate(publishedAt, DatePrecision.DAY, null);
    }

    private static QuoteDate fromWords(String text, Span sentence, Span cue, Span content, LocalDate publishedAt) {
        int from = Math.max(0, Math.min(sentence.start(), text.length()));
        int to = Math.max(from, Math.min(sentence.end(), text.length()));
        if (!DateWords.mayHoldDate(text, from, to)) {
            return null;
        }
        List<DateToken> tokens = DateToken.scan(text, from, to);
        List<DateMention> mentions = new DateScanner(text, tokens).scan();
        if (mentions.isEmpty()) {
            return null; // most scopes with a date-like word ("this", "may") hold no date: skip the rest
        }
        CueDistance distance = new CueDistance(tokens, cue);
        SideClauses sides = new SideClauses(tokens, distance.cueToken());
        FutureDays future = new FutureDays(tokens);
        QuoteDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean[] quoted = insideQuotes(text, tokens);
        for (DateMention m : mentions) {
            int d = distance.of(m);
            if (d < 0 || d > bestDistance || quoted[m.first()] || inside(content, tokens.get(m.first()))
                    || sides.apart(m.first(), distance.cueToken())) {
                continue;
            }
            QuoteDate resolved = DateArithmetic.resolve(m, publishedAt);
            if (resolved != null && (publishedAt == null || !resolved.date().isAfter(publishedAt)
                    && !(future.future(m) && resolved.date().isBefore(publishedAt)))) {
                best = resolved;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean inside(Span content, DateToken t) {
        return content != null && t.start() >= content.start() && t.end() <= content.end();
    }

    /** '' used as a double quotation mark (as some archives print it). */
    private static boolean doubledApostrophe(List<DateToken> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i).first() == '\'' && tokens.get(i + 1).first() == '\''
                && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    /**
     * Which tokens stand inside quotation marks (“…”, «…», "…", ''…''): dates there belong to the content. A
     * straight mark reads by its sides: after a word or punctuation and before a space it closes, after a space
     * and before a word it opens; else it toggles. So a scope that starts inside a quotation ends it at its
     * closing mark ("… en bloc," Voss said Tuesday), rather than opening one there.
     */
    private static boolean[] insideQuotes(String text, List<DateToken> tokens) {
        boolean[] out = new boolean[tokens.size()];
        boolean open = false;
        for (int i = 0; i < tokens.size(); i++) {
            char t = tokens.get(i).first(); // a mark is a token of its own, so its first character is all of it
            if (t == '“' || t == '«' || t == '„') {
                open = true;
            } else if (t == '”' || t == '»') {
                open = false;
            } else if (t == '"' || doubledApostrophe(tokens, i)) {
                int last = t == '\'' ? i + 1 : i;
                int side = side(text, tokens.get(i).start(), tokens.get(last).end());
                open = side == 0 ? !open : side > 0;
                out[i] = true;
                i = last;
            }
            out[i] = open;
        }
        return out;
    }

    /** 1 for a straight mark that opens (space before, word after), -1 for one that closes, 0 when unclear. */
    private static int side(String text, int start, int end) {
        boolean spaceBefore = start == 0 || Character.isWhitespace(text.charAt(start - 1));
        boolean spaceAfter = end >= text.length() || Character.isWhitespace(text.charAt(end));
        if (spaceBefore && !spaceAfter) {
            return 1;
        }
        return !spaceBefore && spaceAfter ? -1 : 0;
    }
}
