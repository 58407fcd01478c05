package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HearsayAdverbTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry board is reportedly weighing a second route to the islands. | reportedly | weighing a second route to the islands
            The harbour master allegedly waved the cargo through without papers. | allegedly | waved the cargo through without papers
            Reportedly, the ferry crew walked off the job in May. | Reportedly | the ferry crew walked off the job in May
            """)
    void readsThePredicateAfterTheAdverb(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry left reportedly. | reportedly
            """)
    void noContentNoReading(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
