package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PollFrameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In the latest Harbour Gazette poll, the mayor led her rival by nine points. | poll | the mayor led her rival by nine points
            In a survey of ferry users released Sunday, most riders took the new route twice a week. | survey | most riders took the new route twice a week
            """)
    void readsTheClauseAfterThePollFrame(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In May, the poll workers left the harbour early. | poll
            The mayor led her rival in the latest poll, by nine points. | poll
            """)
    void otherSentencesAreNotPollFrames(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
