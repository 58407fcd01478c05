package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "agreed on a study | of how they can share the costs": when the object after a short head noun and its
 * particle is an indirect question, the content is the whole question clause, not its first words.
 */
class LeadingClauseQuestionAfterHeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two harbour boards agreed on a study of how they can share the ferry costs. | agreed | how they can share the ferry costs
            Ortiz described the history of how the old ferry line was sold. | described | how the old ferry line was sold
            """)
    void theQuestionRunsToTheEndOfItsClause(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two harbour boards agreed on a study of the ferry costs. | agreed | the ferry costs
            """)
    void aNounObjectStaysAPhrase(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
