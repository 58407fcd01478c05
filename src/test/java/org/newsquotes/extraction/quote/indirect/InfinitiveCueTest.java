package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InfinitiveCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Governor Ada Vance refused to endorse Mr. Pell. | refused | Mr. Pell
            The harbour board declined to name the buyer of the old pier. | declined | the buyer of the old pier
            """)
    void theInfinitiveVerbBelongsToTheCue(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Governor Ada Vance refused to resign. | refused | to resign
            """)
    void aLoneInfinitiveStaysTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
