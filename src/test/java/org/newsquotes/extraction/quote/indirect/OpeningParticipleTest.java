package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeadingClause#read}: a participle or infinitive phrase opening the sentence before the main clause's
 * subject, and a participle after "those": no source is read before the cue.
 */
class OpeningParticipleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Citing the harbour report, Ms. Lee said the levy would stay. | Citing | the harbour report
            Criticizing the ferry plan, she left the council. | Criticizing | the ferry plan
            To address the harbour debt, the council raised the levy. | address | the harbour debt
            The levy angered those backing the ferry line. | backing | the ferry line
            """)
    void theParticipleReadsItsObject(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Speaking on the radio, Ms. Lee praised the crew. | Speaking
            Citing the report would help the mayor. | Citing
            """)
    void noReadingWithoutAMainClauseOrForAMedium(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
