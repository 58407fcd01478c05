package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfDescribedTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dara Holm, a self-described fiscal hawk, opened the hearing. | self-described | fiscal hawk
            The new treasurer is a self-proclaimed outsider who rides to work. | self-proclaimed | outsider
            Ivo Brandt, an artist and self-styled ferry historian, led the tour. | self-styled | ferry historian
            """)
    void readsTheLabelAfterAnIndefiniteArticle(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The self-described fiscal hawk opened the hearing. | self-described
            Her self-styled ferry museum opened in May. | self-styled
            He is a self-described. | self-described
            """)
    void definiteOrEmptyLabelsAreNotRead(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
