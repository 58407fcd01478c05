package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;

/** A speaker's name never ends in a possessive: the owner read before a noun cue is named without it. */
class SpeakerPossessiveTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Nobody else is named here. Rita Marlowe’s refusal to vote stood.     | Rita Marlowe’s     | Rita Marlowe
            Nobody else is named here. Rita Marlowe's refusal to vote stood.     | Rita Marlowe's     | Rita Marlowe
            Nobody else is named here. The Museum’s reply about the sale came.   | The Museum’s       | The Museum
            Nobody else is named here. Later Rita Marlowe said no.               | Rita Marlowe       | Rita Marlowe
            """)
    void dropsThePossessive(String text, String phrase, String expected) {
        Mention m = SieveFixtures.mention(text, phrase);
        Speaker s = new SpeakerResolver().resolve(m, SieveFixtures.discourse(text));
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo(expected);
    }
}
