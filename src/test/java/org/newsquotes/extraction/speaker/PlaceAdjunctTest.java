package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceAdjunctTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the man near the door            | the man
            a woman outside the hall         | a woman
            one protester behind the barrier | one protester
            the guard inside the old gate    | the guard
            """)
    void thePlaceIsNoPartOfTheSource(String phrase, String name) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.text()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} stays")
    @CsvSource(delimiter = '|', textBlock = """
            a guard outside Tarn Hall
            an official in the ministry
            the head of the farm union
            a man who lives near the port
            the voters across party lines
            """)
    void otherPhrasesStayWhole(String phrase) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.text()).isEqualTo(phrase);
    }
}
