package org.newsquotes.extraction.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.date.DateMention.Kind;
import org.newsquotes.extraction.text.CalendarWords;

/**
 * Finds date expressions in a token list: weekday names ("Tuesday", not after "next"/"until"), "today",
 * "tonight", "yesterday", "this/last week|month|year", month-day dates ("Jan. 10", "January 10, 2022",
 * "10 January"), months ("in March", "March 2008") and years after "in" ("in 2008"). Weekdays after "next",
 * "until", "by", "due" (future) or "one", "a", "every" (no particular day, but "in a Sunday interview" counts)
 * are skipped. Month names must be capitalised. Linear: each token starts at most one match of bounded length.
 *
 * <p>Not dates of a statement: "the last/past week|month|year" (a stretch of time up to now), and a possessive
 * date or a weekday before a noun ("this week's warnings", "the Saturday primary") unless a preposition ties a
 * speaking occasion to the statement ("said at Monday's rally"): see {@link EventDates}.
 *
 * <p>Limits: English only; no "two days ago", "last Tuesday" is read as "Tuesday"; future words
 * ("tomorrow", "next week") are ignored; a capitalised "Today" after a word is a name ("USA TODAY").
 */
final class DateScanner {

    private static final Set<String> FUTURE = Set.of("next", "until", "till", "by", "coming", "following", "due");
    /** "One Sunday in 2001", "every Monday": a weekday that is no particular recent day. */
    private static final Set<String> ANY_DAY = Set.of("one", "a", "an", "every", "each", "some", "any");
    private static final Set<String> ANCHORS = Set.of("in", "on", "since", "during", "early", "late", "mid");

    private final String text;
    private final List<DateToken> tokens;
    private final EventDates events;

    DateScanner(String text, List<DateToken> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.events = new EventDates(tokens);
    }

    List<DateMention> scan() {
        List<DateMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            DateMention m = at(i);
            if (m != null) {
                if (!events.ofAnotherEvent(m)) {
                    out.add(m);
                }
                i = m.last();
            }
        }
        return out;
    }

    private DateMention at(int i) {
        if (!mayStartDate(tokens.get(i))) {
            return null;
        }
        String w = lower(i);
        int weekday = CalendarWords.WEEKDAYS.indexOf(w);
        if (weekday >= 0 && tokens.get(i).capitalised()) {
            boolean notADay = FUTURE.contains(lower(i - 1))
                    || ANY_DAY.contains(lower(i - 1)) && !events.datesOccasion(i) // "in a Sunday interview"
                    || "super".equals(lower(i - 1));
            return notADay ? null : mention(i, i, Kind.WEEKDAY, 0, weekday + 1, 0);
        }
        switch (w) {
            case "today", "tonight" -> {
                boolean name = tokens.get(i).capitalised() && i > 0 && tokens.get(i - 1).isWord();
                return name ? null : mention(i, i, Kind.TODAY, 0, 0, 0);
            }
            case "yesterday" -> {
                return mention(i, i, Kind.YESTERDAY, 0, 0, 0);
            }
            case "this", "last", "past" -> {
                return relative(i, !w.equals("this"));
            }
            default -> {
                return w.length() == 4 && isYear(i) && "in".equals(lower(i - 1))
                        ? mention(i, i, Kind.YEAR, 0, 0, number(i)) : month(i);
            }
        }
    }

    /** A cheap filter before any string is made: only numbers and the words {@link #at} looks up. */
    private boolean mayStartDate(DateToken t) {
        return t.isNumber() || t.isWord() && DateWords.isStarter(text, t.start(), t.length());
    }

    /**
     * "last week", "this month", "this past week" (the week just ended); not "the last year" or "over the past
     * week", which name a stretch of time up to now rather than when something was said.
     */
    private DateMention relative(int i, boolean last) {
        if (last && "the".equals(lower(i - 1))) {
            return null;
        }
        if (!last && ("past".equals(lower(i + 1)) || "last".equals(lower(i + 1))) && "week".equals(lower(i + 2))) {
            return mention(i, i + 2, Kind.PAST_WEEK, 0, 0, 0);
        }
        return switch (lower(i + 1)) {
            case "week" -> mention(i, i + 1, last ? Kind.LAST_WEEK : Kind.THIS_WEEK, 0, 0, 0);
            case "month" -> mention(i, i + 1, last ? Kind.LAST_MONTH : Kind.THIS_MONTH, 0, 0, 0);
            case "year" -> mention(i, i + 1, last ? Kind.LAST_YEAR : Kind.THIS_YEAR, 0, 0, 0);
            case "morning", "afternoon", "evening" -> last ? null : mention(i, i + 1, Kind.TODAY, 0, 0, 0);
            default -> null;
        };
    }

    /** "Jan. 10[, 2022]", "January 2008", "in March", or "10 January [2022]" starting at {@code i}. */
    private DateMention month(int i) {
        if (isDay(i) && monthAt(i + 1) > 0) {
            int m = monthAt(i + 1);
            int end = afterMonth(i + 1);
            int year = isYear(end + 1) ? number(end + 1) : 0;
            return mention(i, year > 0 ? end + 1 : end, Kind.MONTH_DAY, m, number(i), year);
        }
        int m = monthAt(i);
        if (m == 0) {
            return null;
        }
        int end = afterMonth(i);
        if (isDay(end + 1)) {
            int last = end + 1;
            int year = 0;
            int y = ",".equals(lower(last + 1)) ? last + 2 : last + 1;
            if (isYear(y)) {
                year = number(y);
                last = y;
            }
            return mention(i, last, Kind.MONTH_DAY, m, number(end + 1), year);
        }
        if (isYear(end + 1)) {
            return mention(i, end + 1, Kind.MONTH, m, 0, number(end + 1));
        }
        boolean bareMay = m == 5;
        return ANCHORS.contains(lower(i - 1)) || "last".equals(lower(i - 1)) && !bareMay
                ? mention(i, end, Kind.MONTH, m, 0, 0) : null;
    }

    /** Index of the last token of the month name at {@code i} (its abbreviation period included). */
    private int afterMonth(int i) {
        return ".".equals(lower(i + 1)) && lower(i).length() <= 4 ? i + 1 : i;
    }

    private int monthAt(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).capitalised()) {
            return 0;
        }
        return CalendarWords.month(lower(i));
    }

    private boolean isDay(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).isNumber() || lower(i).length() > 2) {
            return false;
        }
        int d = number(i);
        return d >= 1 && d <= 31;
    }

    private boolean isYear(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).isNumber() || lower(i).length() != 4) {
            return false;
        }
        int y = number(i);
        return y >= 1900 && y <= 2099;
    }

    private int number(int i) {
        return Integer.parseInt(lower(i));
    }

    private String lower(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).lower();
    }

    private DateMention mention(int first, int last, Kind kind, int month, int day, int year) {
        String words = text.substring(tokens.get(first).start(), tokens.get(last).end());
        boolean anchored = ANCHORS.contains(lower(first - 1));
        return new DateMention(first, last, words, kind, month, day, year, anchored);
    }
}
