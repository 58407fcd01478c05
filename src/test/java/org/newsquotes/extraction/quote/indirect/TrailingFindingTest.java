package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TrailingClause}: verbs of a finding close a sentence after their source ("..., a new poll shows."); no
 * trailing reading when the words between the comma and the cue hold a verb of their own.
 */
class TrailingFindingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour levy is losing support on the island, a new poll shows. | shows | The harbour levy is losing support on the island | a new poll
            Most of the money arrived in May, new fundraising reports show. | show | Most of the money arrived in May | new fundraising reports
            """)
    void theClauseBeforeTheSourceIsTheContent(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Entering the debate, Ortiz faced criticism for the loans. | criticism
            Late last month, the company was subject to criticism from the mayor. | criticism
            """)
    void noTrailingReadingWhenTheSourceHasAVerb(String text, String cue) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().end() < c.cue().start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ferry fares rose by a third, an analysis of newly filed harbour reports shows. | reports
            Harbour reports show the levy raised less than planned. | reports
            Local polls suggest the levy is unpopular. | polls
            """)
    void aPluralBeforeTheFindingIsItsSubject(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
