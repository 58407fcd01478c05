package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The antecedent of "who" after a clause is the clause's object, not the whole clause. */
class VerbObjectHeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Later, Jo Lee met President Sam Ortiz, who vowed to end the levy. | vowed | President Sam Ortiz
            Ann Marr praised pastor Sam Ortiz, who has vowed not to pay the levy. | vowed | pastor Sam Ortiz
            Jo Lee compared Ann Marr to former Tarn Gov. Sam Ortiz, who vowed to end the levy. | vowed | former Tarn Gov. Sam Ortiz
            But Jo Lee lined up with Ortiz, who has said he opposes the levy. | said | Ortiz
            """)
    void theObjectIsTheAntecedent(String text, String cue, String source) {
        assertThat(withCue(text, cue)).anySatisfy(c -> assertThat(c.source().of(text)).isEqualTo(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jo Lee of the Farm Union, who backs the levy, said it would pass. | said | Jo Lee of the Farm Union
            Jo Lee met the mayor, who vowed to end the levy. | vowed | the mayor
            Tarn Research's poll-based Farm Panel, which vowed to stay neutral, was used. | vowed | Tarn Research's poll-based Farm Panel
            """)
    void otherPhrasesAreLeftWhole(String text, String cue, String source) {
        assertThat(withCue(text, cue)).anySatisfy(c -> assertThat(c.source().of(text)).isEqualTo(source));
    }
}
