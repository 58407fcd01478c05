package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeadingClause#read}: a participle phrase opening the sentence before the main clause's subject. */
class OpeningParticipleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Citing the harbour report, Ms. Lee said the levy would stay. | Citing | the harbour report
            Criticizing the ferry plan, she left the council. | Criticizing | the ferry plan
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
