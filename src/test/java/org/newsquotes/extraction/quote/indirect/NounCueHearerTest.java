package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounCueHearerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master later spoke to reporters at the quay. | spoke to
            The delay kept adding to the confusion at the ferry terminal. | adding to
            The fishermen complained to the council about the new fees. | complained to
            """)
    void toPhraseOfSpeakingIsTheHearer(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The union repeated its opposition to the ferry merger. | opposition to | the ferry merger
            """)
    void otherNounCuesKeepTheirToPhrase(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
