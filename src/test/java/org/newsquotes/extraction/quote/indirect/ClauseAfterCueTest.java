package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseAfterCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pressed by reporters, Mayor Lina Hart said there was no plan to close the harbour. | said | there was no plan to close the harbour | Mayor Lina Hart
            Tom Reyes, a ferry captain, said the council ignored the warnings. | said | the council ignored the warnings | Tom Reyes, a ferry captain
            Ann Lee, a former mayor, stated her intention to run for the council. | stated | her intention | Ann Lee, a former mayor
            """)
    void readsTheClauseAfterTheCue(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ann Lee, a harbour director, praised the mayor's remarks on Thursday. | remarks
            Ann Lee, as the ferry left the pier, reported at least six boats in the harbour. | reported
            """)
    void aVerbBeforeANounCueIsNoSource(String text, String cue) {
        assertThat(org.newsquotes.extraction.quote.indirect.CueReadings.withCue(text, cue))
                .noneMatch(c -> c.content().of(text).startsWith("Ann Lee"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour will close in May, said the embattled mayor. | said | The harbour will close in May | the embattled mayor
            The ferry is late again, said a captain who asked not to be named. | said | The ferry is late again | a captain who asked not to be named
            """)
    void invertedSourcesStayTrailing(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }
}
