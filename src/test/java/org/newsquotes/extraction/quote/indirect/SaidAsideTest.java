package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "he said, adding: ..." and "That said, ..." read nothing off "said". */
class SaidAsideTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'The port will stay open, the mayor said, clutching the lectern with both hands.'
            'That said, the ferry plan still needs money from the council.'
            """)
    void anAsideIsNoContentOfSaid(String text) {
        assertThat(withCue(text, "said")).allSatisfy(c -> assertThat(c.content().start()).isLessThan(c.cue().start()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said the ferry plan still needs money. | said | the ferry plan still needs money
            """)
    void aReportedClauseStays(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
