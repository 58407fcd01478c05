package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Many ferry captains agree with his assessment. | agree with | his assessment
            The harbour board agreed with the mayor. | agreed with | the mayor
            Some captains disagree with the mayor that the port should close. | disagree | the port should close
            """)
    void readsTheObjectOfWith(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The captains agreed on Monday. | agreed
            """)
    void agreementWithoutWithIsNotReadHere(String text, String cue) {
        assertThat(withCue(text, cue)).allSatisfy(c -> assertThat(c.content().of(text)).doesNotContain("with"));
    }
}
