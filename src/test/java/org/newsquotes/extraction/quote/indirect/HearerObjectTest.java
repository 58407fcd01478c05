package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HearerObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master told the Elm City Courier he would resign in May. | told | he would resign in May
            Ms. Varga told reporters she'd sell the old ferry next year. | told | she'd sell the old ferry next year
            Ortiz told them they would sell the ferry. | told | they would sell the ferry
            Ortiz is telling guests at the Elm City Harbour Club's annual dinner how he saved the ferry. | telling | how he saved the ferry
            The captain is telling the crew they will sail at dawn. | telling | they will sail at dawn
            The Courier asked the harbour master whether the ferry would sail. | asked | whether the ferry would sail
            Ms. Varga later asked Ortiz if he had sold the boat. | asked | if he had sold the boat
            """)
    void theContentStartsAfterTheHearer(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master told the Elm City Courier in an interview on Monday.
            Ms. Varga told the dock workers at the gate.
            """)
    void aHearerAloneIsNoContent(String text) {
        assertThat(withCue(text, "told")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The old captain told the truth at the hearing. | told | the truth
            """)
    void whatIsToldIsKept(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
