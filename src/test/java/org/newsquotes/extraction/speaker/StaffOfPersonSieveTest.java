package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class StaffOfPersonSieveTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Aides to Okafor              | Aides to Paul Okafor
            outside advisers to Okafor   | outside advisers to Paul Okafor
            Advisers to Mr. Okafor       | Advisers to Paul Okafor
            Advisers to Ms. Okafor       | -
            Aides to Lind                | -
            Officials at the State Department | -
            """)
    void staffOfAPersonTakeThePersonsFullName(String phrase, String expected) {
        String text = "Paul Okafor spoke on Monday. Then " + phrase + " said so.";
        Speaker s = new StaffOfPersonSieve().resolve(SieveFixtures.mention(text, phrase), SieveFixtures.discourse(text));
        assertThat(s == null ? null : s.name()).isEqualTo(expected);
        if (s != null) {
            assertThat(s.kind()).isEqualTo(SpeakerKind.GROUP);
        }
    }
}
