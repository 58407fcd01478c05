package org.newsquotes.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calendar words of English news text, kept once for every stage that recognises them: weekdays, month
 * names, the abbreviations of month names (without their period), the days named from today ("today",
 * "tonight", "yesterday", "tomorrow") and the parts of a day ("morning" …). Each user derives the shape it
 * needs: the date scanner numbers the months, the speaker chain cuts a trailing time expression off a source
 * phrase (abbreviations written with their period, "Sept."), the speaker sieves refuse a lone calendar word as
 * a name, and the indirect-quote reader stops a phrase at a time word. All words are lower case.
 * Limits: English only; no holidays ("Christmas"), seasons or relative phrases ("two days ago").
 */
public final class CalendarWords {

    /** The weekdays, Monday first (index + 1 is the ISO day number). */
    public static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The month names, January first (index + 1 is the month number). */
    public static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    /** The abbreviations of month names as printed before their period ("Sept." is "sept"), with the month. */
    public static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(Map.entry("jan", 1),
            Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** The days named by their distance from the day of writing. */
    public static final List<String> NEAR_DAYS = List.of("today", "tonight", "yesterday", "tomorrow");
    /** The parts of a day that follow a day word ("Tuesday morning", "this evening"). */
    public static final List<String> DAY_PARTS = List.of("morning", "afternoon", "evening", "night");

    private CalendarWords() {
    }

    /** The month numbered by a lower-case month name or abbreviation without its period; 0 for any other word. */
    public static int month(String lower) {
        int full = MONTHS.indexOf(lower);
        return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS.getOrDefault(lower, 0);
    }

    /** The month names and their abbreviations written with the period ("jan.", "sept."). */
    public static List<String> monthsWithPeriods() {
        List<String> out = new ArrayList<>(MONTHS);
        MONTH_ABBREVIATIONS.keySet().stream().sorted().map(a -> a + ".").forEach(out::add);
        return out;
    }

    /** The month names and their abbreviations without the period ("jan", "sept"). */
    public static List<String> monthsAndAbbreviations() {
        List<String> out = new ArrayList<>(MONTHS);
        MONTH_ABBREVIATIONS.keySet().stream().sorted().forEach(out::add);
        return out;
    }

    /** The weekdays followed by the {@link #NEAR_DAYS}: every word that names a day. */
    public static List<String> days() {
        List<String> out = new ArrayList<>(WEEKDAYS);
        out.addAll(NEAR_DAYS);
        return out;
    }
}
