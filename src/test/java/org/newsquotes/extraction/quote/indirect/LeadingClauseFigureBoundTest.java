package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeadingClause#read}: "at least" or "at most" after a cue bounds a figure and opens the content clause. */
class LeadingClauseFigureBoundTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Courier reported at least six boats sank in the storm. | reported | at least six boats sank in the storm
            Officials reported at most two injuries. | reported | at most two injuries
            """)
    void theBoundOpensTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
