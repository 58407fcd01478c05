package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeadingClause#read}: after urging, encouraging or asking someone, the infinitive is the content. */
class ObjectVerbInfinitiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor has been urging the council to delay the vote. | urging | to delay the vote
            Ms. Lee encouraged her students to press for a new library. | encouraged | to press for a new library
            """)
    void theInfinitiveAfterTheOneUrgedIsTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
