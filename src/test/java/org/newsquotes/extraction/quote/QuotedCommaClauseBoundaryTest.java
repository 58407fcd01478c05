package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A quote closed by a comma before "while" or before a name and its verb, and ", with" before a capitalised
 * phrase and a participle, open the next quote's own clause ({@link QuoteClause}): its verb, not the
 * sentence's first one, gives the source.
 */
class QuotedCommaClauseBoundaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor refers to the mayor, his old friend, as “Mr. Mayor,” while the mayor refers to the baker as “Oki.”              | the mayor
            And, in a clip that Judge Rita Marlowe called “distasteful,” Okafor expressed a desire to “burn the guild down.”     | Okafor
            The fire sparked a debate over how the city responds to arson, with Mayor Rita Marlowe telling reporters he was “directly responsible.” | Rita Marlowe
            """)
    void theLastQuotesClauseHasItsOwnSource(String text, String expected) {
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        Finding last = found.get(found.size() - 1);
        assertThat(last.source()).isNotNull();
        assertThat(last.source().name()).isEqualTo(expected);
    }
}
