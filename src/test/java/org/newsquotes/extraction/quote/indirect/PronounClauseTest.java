package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PronounClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sen. Ada Moss (a Harbour Party member so young she was once taken for an intern) says she was unfocused. | says | she was unfocused
            Only 2 percent of ferry riders and 3 percent of self-described sailors said they would pay more. | said | they would pay more
            """)
    void readsThePronounClauseWithoutASource(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
