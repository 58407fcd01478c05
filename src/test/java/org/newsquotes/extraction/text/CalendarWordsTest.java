package org.newsquotes.extraction.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarWordsTest {

    @ParameterizedTest
    @CsvSource({
        "january, 1", "jan, 1", "may, 5", "sept, 9", "sep, 9", "september, 9", "dec, 12",
        "monday, 0", "mayor, 0", "jan., 0", "'', 0"
    })
    void numbersMonthNamesAndAbbreviations(String word, int month) {
        assertEquals(month, CalendarWords.month(word));
    }

    @ParameterizedTest
    @CsvSource({ "jan.", "sept.", "mar.", "march", "may" })
    void monthsWithPeriodsHoldNamesAndDottedAbbreviations(String word) {
        assertTrue(CalendarWords.monthsWithPeriods().contains(word));
    }

    @ParameterizedTest
    @CsvSource({ "monday", "sunday", "today", "tonight", "yesterday", "tomorrow" })
    void daysHoldWeekdaysAndNearDays(String word) {
        assertTrue(CalendarWords.days().contains(word));
    }
}
