package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "urged the council to X", "called on the mayor to X": the person urged is the hearer, the infinitive after
 * it is what was urged; "asked the mayor whether X": the question after the person asked.
 */
class UrgingObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor encouraged the dock workers to go home early. | encouraged | to go home early
            The union urged its members to stay home on Monday. | urged | to stay home on Monday
            The ferry captains called on the council to reopen the port. | called | to reopen the port
            The mayor is pushing the harbour board to delay the vote. | pushing | to delay the vote
            """)
    void theInfinitiveIsTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The union called for a new harbour contract. | called | a new harbour contract
            The mayor encouraged new investment in the port. | encouraged | new investment
            """)
    void withoutAnInfinitiveTheObjectStays(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A reporter asked the harbour master whether the port would close. | asked | whether the port would close
            The council asked the ferry captains if they would strike. | asked | if they would strike
            """)
    void theQuestionAfterThePersonAskedIsTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
