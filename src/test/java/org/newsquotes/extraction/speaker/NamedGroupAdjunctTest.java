package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.SpeakerKind;

class NamedGroupAdjunctTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Voss protesters outside the hall  | Voss protesters      | GROUP
            Lee volunteers at the gate        | Lee volunteers       | GROUP
            Tarn farmers in all three valleys | Tarn farmers         | GROUP
            Voss protesters                   | Voss protesters      | GROUP
            farmers in all three valleys      | farmers in all three valleys | GROUP
            Voss protesters in Tarn           | Voss protesters      | GROUP
            """)
    void theGroupIsReadWithoutItsPlace(String phrase, String name, SpeakerKind kind) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(kind);
    }
}
