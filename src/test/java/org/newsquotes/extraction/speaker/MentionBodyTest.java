package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.SpeakerKind;

/** Phrase shapes the mention parser reads as one organisation, group or name (invented phrases). */
class MentionBodyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the Association of Bakers and Millers   | the Association of Bakers and Millers   | ORGANIZATION
            Center for Rural Policy                 | Center for Rural Policy                 | ORGANIZATION
            Officials at the Harbor Authority       | Officials at the Harbor Authority       | GROUP
            Leaders of the Bakers Union             | Leaders of the Bakers Union             | GROUP
            Rep. J.T. Okafor                        | J.T. Okafor                             | PERSON
            Rita M. Marlowe III                     | Rita M. Marlowe III                     | PERSON
            Ms. Marlowe of the Harbor Trust         | Marlowe                                 | PERSON
            """)
    void readsTheWholePhrase(String phrase, String name, SpeakerKind kind) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(kind);
    }
}
