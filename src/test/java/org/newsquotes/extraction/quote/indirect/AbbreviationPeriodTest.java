package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period closing a dotted abbreviation ("U.S.", "F.B.I.") stays inside an object phrase and does not end it. */
class AbbreviationPeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee criticized the F.B.I. report on Friday. | criticized | the F.B.I. report
            Mr. Ortiz called on the U.S. to lead. | called | the U.S.
            Ms. Lee criticized U.S. tax breaks for the mill. | criticized | U.S. tax breaks
            """)
    void theAbbreviationKeepsItsPeriod(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
