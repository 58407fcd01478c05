package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeadingClause#read}: a "that" a few words after the cue belongs to a participle after an object and a
 * comma ("opposed the levy as mayor, noting that ..."), so the cue reads its object; after a date alone the
 * "that" is still the cue's ("said Thursday night, adding that ...").
 */
class LeadingClauseObjectBeforeParticipleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Varga opposed the levy as mayor, noting that the port needed the money. | opposed | the levy
            The union rejected the offer, arguing that wages had fallen for years. | rejected | the offer
            """)
    void theCueReadsItsObject(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master said Thursday night, adding that the ferry would sail. | said | the ferry would sail
            """)
    void afterADateTheThatIsStillTheCues(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
