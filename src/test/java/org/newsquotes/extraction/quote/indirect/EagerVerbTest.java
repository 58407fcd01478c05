package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link EagerVerb}: "quick to add that C" is cued by the verb, not the adjective. */
class EagerVerbTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor was quick to add that the harbour levy would stay. | add | the harbour levy would stay | Okafor
            The mayor was eager to point out that the ferry ran on time. | point | the ferry ran on time | The mayor
            """)
    void theVerbIsTheCue(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor was quick to add that the harbour levy would stay. | quick
            The mayor was eager to point out that the ferry ran on time. | eager
            """)
    void theAdjectiveIsNoCue(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
