package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.SpeakerKind;

/** A time expression at the end of a source phrase is no part of the source. */
class TimeAdjunctTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Ann Voss on Tuesday               | Ann Voss       | PERSON
            Mayor Tom Okafor earlier Thursday | Tom Okafor     | PERSON
            Okafor during a Sunday            | Okafor         | PERSON
            the harbour board last July       | the harbour board | ORGANIZATION
            Okafor on May 5                   | Okafor         | PERSON
            the council Wednesday morning     | the council    | ORGANIZATION
            Prime Minister Ann May            | Ann May        | PERSON
            her March                         | she            | PERSON
            on a phone call Friday            | -              | -
            """)
    void timeAtTheEndIsCut(String phrase, String name, SpeakerKind kind) {
        Mention m = SieveFixtures.mention("So " + phrase + " said it.", phrase);
        if (name == null) {
            assertThat(m).isNull();
            return;
        }
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(kind);
    }
}
