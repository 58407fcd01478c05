package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "expects the two captains to begin work": what is expected, wanted or allowed is the object with its
 * infinitive, not the object alone.
 */
class ControlObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry board expects the two captains only to begin work on the new timetable. | expects | the two captains only to begin work on the new timetable
            The charter allows any town to join the harbour league. | allows | any town to join the harbour league
            Ortiz wants the council to reopen the pier. | wants | the council to reopen the pier
            """)
    void theObjectKeepsItsInfinitive(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor wants a new pier in the bay. | wants | a new pier
            The mayor wants a ferry to Boston. | wants | a ferry
            """)
    void withoutAnInfinitiveTheObjectStaysAlone(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
