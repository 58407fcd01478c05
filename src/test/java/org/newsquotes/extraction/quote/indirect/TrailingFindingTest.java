package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CueReading}: verbs of a finding close a sentence after their source ("..., a new poll shows."). */
class TrailingFindingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour levy is losing support on the island, a new poll shows. | shows | The harbour levy is losing support on the island | a new poll
            """)
    void theClauseBeforeTheSourceIsTheContent(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }
}
