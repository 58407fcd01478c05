package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotContentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master wrote on Twitter. | wrote
            The ferry company posted on Facebook. | posted
            The mayor said on social media. | said
            Ruiz said last week. | said
            The harbour master has found himself in a bind. | found
            The ferry board found ways to cut the fares. | found
            The mayor won most pledged delegates in the north. | pledged
            A harbour official, who requested anonymity, confirmed the fares. | requested
            One pilot spoke on the condition of anonymity. | spoke on
            One pilot spoke on condition of anonymity. | spoke on
            """)
    void circumstancesAreNoContent(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master wrote on Twitter that the port would close. | wrote | the port would close
            The inspectors found that the ferry was overloaded. | found | the ferry was overloaded
            """)
    void contentsAfterTheCircumstanceStay(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
