package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class NumberLedPhraseTest {

    @ParameterizedTest(name = "number-led: {0}")
    @ValueSource(strings = {"3 million to a fund", "2 million ad campaign this week", "40 million lawsuit in 2011",
        "52PMLee", "12amWBXT", "2001", "A 2014", "the 1987"})
    void isAFragment(String name) {
        assertThat(NumberLedPhrase.numberLed(name)).isTrue();
    }

    @ParameterizedTest(name = "source: {0}")
    @ValueSource(strings = {"13 million people", "100 million Ruritanians", "26 percent", "Six in 10",
        "a 2014 report", "2 million", "The 1987 panel", "Lee", "9pm"})
    void staysASourceOrOtherRule(String name) {
        assertThat(NumberLedPhrase.numberLed(name)).isFalse();
    }

    @ParameterizedTest(name = "sieve: {0}")
    @ValueSource(strings = {"3 million to a fund", "52PMLee"})
    void sieveDropsTheName(String name) {
        Mention m = new Mention(new Span(0, name.length()), name, name, null, SpeakerKind.ORGANIZATION, false,
                Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m, SieveFixtures.discourse(name + " went to the fund."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
    }
}
