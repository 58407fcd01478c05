package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cue words mined from train in the later lexicon blocks read like the older ones. */
class MinedCueWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Councillor Ada Vance contended that the ferry fares were too high. | contended | the ferry fares were too high
            The harbour union disavowed the strike plan. | disavowed | the strike plan
            Mayor Pell scolded the port board. | scolded | the port board
            """)
    void minedWordsReadTheirContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
