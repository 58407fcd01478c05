package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentBoundsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master explained it in a long letter to the council. | explained | it
            The ferry captain criticized them sharply at the meeting. | criticized | them
            The mayor has praised this in every speech since May. | praised | this
            The council criticized him at the harbour meeting. | criticized | him
            """)
    void aPronounObjectStandsAlone(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said it would rain on the harbour. | said | it would rain on the harbour
            The union criticized them mining permits. | criticized | them mining permits
            The union criticized the 2019 harbour budget. | criticized | the 2019 harbour budget
            """)
    void aPronounOrFigureInsideAPhraseIsKept(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dock workers endorsed Ruiz 51 percent to 40 percent. | endorsed | Ruiz
            The harbour board did not respond to requests for comment. | respond | comment
            """)
    void aScoreOrARequestIsLeftOut(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Most dock workers said they would strike compared to a third of the clerks. | said | they would strike
            The mayor said the port had lost money including the ferry fees. | said | the port had lost money
            The mayor said the port was open following a long night. | said | the port was open
            Ortiz said the ferry plan was dead on Tuesday at a rally in the harbour. | said | the ferry plan was dead
            """)
    void anAdjunctEndsTheClause(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The union praised the harbour master who's retiring. | praised | the harbour master
            The union praised the ferry plan that's before the board. | praised | the ferry plan
            """)
    void aContractedRelativeEndsTheObject(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
