package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopulaNounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Their argument: only the council can save the ferry. | argument | only the council can save the ferry | Their
            Her fear is that the harbour will close. | fear | the harbour will close | Her
            """)
    void theClauseAfterTheCopulaIsTheContent(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Editor's note: the mayor owns a ferry. | note
            The goal: a new harbour by May. | goal
            """)
    void noReadingAfterAnArticleOrEditorsNote(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
