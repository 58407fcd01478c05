package org.newsquotes.extraction.speaker;

import java.util.List;
import java.util.Set;
import org.newsquotes.extraction.text.CalendarWords;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.WordSet;

/**
 * A time expression at the end of a source phrase, which the source finder took along with the source ("Ann
 * Voss on Tuesday", "the mayor earlier Thursday", "Okafor during a Sunday", "the board last July", "Lind
 * in an interview Monday morning" is not one: only the words below count). Read from the end: a weekday or
 * "today"/"yesterday"/"tonight" (perhaps followed by "morning", "night" …), or a month after a preposition or
 * before a day number, then the prepositions and modifiers before it ("on", "earlier", "late", "during a"); a
 * month after "his"/"her" ("her March", cut from "her March remark").
 * Limits: word lists; a month alone at the end ("Theresa May") is kept.
 */
final class TimeAdjunct {

    private static final Set<String> DAYS = WordSet.of(CalendarWords.days());
    private static final Set<String> MONTHS = WordSet.of(CalendarWords.monthsWithPeriods());
    private static final Set<String> PARTS = WordSet.of(CalendarWords.DAY_PARTS);
    /** "her March comment", cut after the month: the possessor is the source. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
    private static final Set<String> BEFORE = Set.of("on", "in", "last", "this", "next", "earlier", "late", "early",
            "during", "a", "since", "until", "that", "from");

    private TimeAdjunct() {
    }

    /** Where a trailing time expression starts in {@code np}; {@code np.size()} when there is none. */
    static int start(List<Token> np) {
        int e = np.size();
        if (e > 0 && PARTS.contains(np.get(e - 1).norm())) {
            e--;
        }
        if (e > 0 && isNumber(np.get(e - 1)) && e > 1 && MONTHS.contains(np.get(e - 2).norm())) {
            e -= 2;
        } else if (e > 0 && DAYS.contains(np.get(e - 1).norm())) {
            e--;
        } else if (e > 1 && MONTHS.contains(np.get(e - 1).norm()) && BEFORE.contains(np.get(e - 2).norm())) {
            e--;
        } else if (e == 2 && MONTHS.contains(np.get(1).norm()) && POSSESSIVES.contains(np.get(0).norm())) {
            return 1;
        } else {
            return np.size();
        }
        while (e > 0 && BEFORE.contains(np.get(e - 1).norm())) {
            e--;
        }
        return e;
    }

    private static boolean isNumber(Token t) {
        return !t.text().isEmpty() && Character.isDigit(t.text().charAt(0));
    }
}
