package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A relative clause between commas before the cue describes the source; it is not the source. */
class RelativeHeadSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rep. Ana Ruiz (D-Ohio), who wrote the farm bill, said the plan was a good first step. | said | the plan was a good first step | Rep. Ana Ruiz
            Jo Lee, a farmer from Tarn, who backs Mr. Ortiz, said he had a contract. | said | he had a contract | Jo Lee, a farmer from Tarn
            The lawsuit, which was lodged in a Tarn court, alleged that the council broke the law. | alleged | the council broke the law | The lawsuit
            In May, Sam Ortiz, who backs the levy, said it would pass. | said | it would pass | Sam Ortiz
            Jo Lee, who backs Mayor Ana Ruiz, said the levy would pass. | said | the levy would pass | Jo Lee
            The Ortiz campaign, which sent four staff to Tarn, said the vote was only a start. | said | the vote was only a start | The Ortiz campaign
            """)
    void theSourceIsTheClausesHead(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jo Lee, a farmer from Tarn, said the levy would pass. | said | the levy would pass | Jo Lee, a farmer from Tarn
            Sam Ortiz said the levy would pass. | said | the levy would pass | Sam Ortiz
            Before the vote in Tarn, the mayor, who backs the levy, said it would pass. | said | it would pass | the mayor
            """)
    void otherShapesAreReadAsBefore(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }
}
