package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A manner adverb right after the cue ("wrote bluntly", "looking forward to") is no content. */
class MannerAdverbTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor wrote bluntly that the port would close. | wrote | the port would close
            The mayor said firmly the port would close. | said | the port would close
            """)
    void theContentFollowsTheAdverb(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry captain responded enthusiastically. | responded
            The dock workers are looking forward to the summer. | looking
            The harbour master responded promptly to the request. | responded
            """)
    void anAdverbIsNoContent(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said only the ferry would run. | said | only the ferry would run
            The mayor said early voting would start on Monday. | said | early voting would start on Monday
            The council promised nearly 400 new jobs for the harbour. | promised | nearly 400 new jobs
            """)
    void adjectivesAndDegreeWordsOpenTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
