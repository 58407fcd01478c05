package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TrailingClause#read}: no "CONTENT, X cue" reading when what follows the cue is a reported clause
 * (a "there" clause, "at least N", an inverted "source" holding a verb or an infinitive) or when the "source"
 * opens with a past-tense verb; the sentence is then read "X cue CONTENT".
 */
class TrailingClauseTest {

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
            Ann Lee, a harbour director, praised the mayor's remarks on Thursday. | remarks | Ann Lee
            Ann Lee, as the ferry left the pier, reported at least six boats in the harbour. | reported | Ann Lee
            Ann Lee, a harbour director, voiced support for the ferry plan on Thursday. | support | Ann Lee
            Ann Lee, the harbour director, hesitated to repeat her earlier criticism of the mayor. | criticism | Ann Lee
            Friday morning, as the regatta sailed through the bay, WBZ reported at least six small planes filled the skies with banners. | reported | Friday morning
            """)
    void aVerbOrQuantityAfterTheCommaIsNoSource(String text, String cue, String notContentStart) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().of(text).startsWith(notContentStart));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour will close in May, said the embattled mayor. | said | The harbour will close in May | the embattled mayor
            The ferry is late again, said a captain who asked not to be named. | said | The ferry is late again | a captain who asked not to be named
            The ferry is late again, the captain said there. | said | The ferry is late again | the captain
            The ferry is late again, the captain said at the pier. | said | The ferry is late again | the captain
            """)
    void invertedSourcesStayTrailing(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }
}
