package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.SpeakerKind;

/** A capitalised name ending in "Press" is an outlet, named without its owner (invented phrases). */
class OutletNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the Millbrook Free Press                 | Millbrook Free Press     | ORGANIZATION
            Lee's hometown Millbrook Free Press      | Millbrook Free Press     | ORGANIZATION
            the Dover Valley Press                   | Dover Valley Press       | ORGANIZATION
            Harbor Press                             | Harbor Press             | ORGANIZATION
            """)
    void capitalisedRunEndingInPressIsAnOutlet(String phrase, String name, SpeakerKind kind) {
        Mention m = SieveFixtures.mention("At the time " + phrase + " wrote so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the press
            the Press
            White House Press
            Lee's Press
            """)
    void noCapitalisedNameBeforePressIsNoOutletName(String phrase) {
        Mention m = SieveFixtures.mention("At the time " + phrase + " wrote so.", phrase);
        assertThat(m == null || m.kind() != SpeakerKind.ORGANIZATION || !m.name().endsWith("Press")
                || m.name().equals(phrase)).isTrue();
    }
}
