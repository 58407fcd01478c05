package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeadingClause#read}: "at least", "at most" or a currency sign after a cue opens a figure, which is content. */
class LeadingClauseFigureBoundTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Courier reported at least six boats sank in the storm. | reported | at least six boats sank in the storm
            Officials reported at most two injuries. | reported | at most two injuries
            The mayor is proposing $40 million for the harbour. | proposing | $40 million
            """)
    void theBoundOpensTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
