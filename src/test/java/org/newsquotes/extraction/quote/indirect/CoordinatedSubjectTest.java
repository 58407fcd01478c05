package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link CoordinatedSubject}: an "and" joining two short subjects before an auxiliary does not end the content;
 * an "and" after a clause, or before a lexical verb, still does.
 */
class CoordinatedSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Ortiz said he and Ms. Lee would meet the mayor. | said | he and Ms. Lee would meet the mayor
            The judges ruled that Elmland and Ostia could not enforce the levy. | ruled | Elmland and Ostia could not enforce the levy
            Ms. Lee said the mayor and his aides were preparing a new plan. | said | the mayor and his aides were preparing a new plan
            The clerk said that she and her husband had chosen to stay home. | said | she and her husband had chosen to stay home
            Mr. Ortiz said both Lee and Ann Park are running for the seat. | said | both Lee and Ann Park are running for the seat
            """)
    void aCoordinatedSubjectStaysInTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee said she admires him and praised his campaign. | said | she admires him
            Mr. Ortiz said he and Ms. Lee met the mayor. | said | he
            """)
    void otherConjunctionsStillEndTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @Test
    void aLexicalVerbAfterTheSecondNameDoesNotJoinIt() {
        String text = "Ms. Lee wants the votes and Mr. Ortiz wants a new levy.";
        assertThat(withCue(text, "wants")).noneMatch(c -> c.content().of(text).contains("votes and"));
    }
}
