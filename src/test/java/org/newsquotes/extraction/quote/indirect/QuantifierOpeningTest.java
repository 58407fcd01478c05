package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SubjectEnd#skipAuxBack}: "Both" or "All" opening a sentence is the subject of the cue after it. */
class QuantifierOpeningTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Both think the harbour levy is too high. | think | the harbour levy is too high | Both
            """)
    void theQuantifierIsTheSource(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            All told, up to five ferries could be sold. | told
            """)
    void allToldIsAnIdiom(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
