package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerceptionClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry board is widely seen as the weakest in years. | seen | the weakest in years
            Ms. Arden was viewed as the favourite for the harbour post. | viewed | the favourite for the harbour post
            The quay project is seen by many fishermen as a threat to their trade. | seen | a threat to their trade
            """)
    void passiveOfPerceptionReadsWhatFollowsAs(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Arden made it clear that the union would stay out of the ferry talks. | clear | the union would stay out of the ferry talks
            The mayor made clear the harbour would stay open all winter. | clear | the harbour would stay open all winter
            It became clear that the ferry would not sail in May. | clear | the ferry would not sail in May
            It is not clear whether the ferry will sail in May. | clear | the ferry will sail in May
            Nor is it clear that the new fares would fill the ferry. | clear | the new fares would fill the ferry
            """)
    void clearReportsAfterMakeBecomeOrNot(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor now has clear momentum in the harbour race. | clear
            The Real Clear Politics average shows the mayor ahead. | Clear
            The crew worked to clear the quay before the storm. | clear
            """)
    void adjectiveClearReportsNothing(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
