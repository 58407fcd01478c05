package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class NonPersonSieveTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "the Kremlin, ORGANIZATION",
            "The Post, ORGANIZATION",
            "the campaign, ORGANIZATION",
            "American officials, GROUP",
            "officials, GROUP",
            "sources, GROUP",
            "a senior official, ANONYMOUS",
    })
    void keepsPhraseAndKind(String phrase, SpeakerKind kind) {
        String text = "Yesterday " + phrase + " said so.";
        Speaker s = new NonPersonSieve().resolve(SieveFixtures.mention(text, phrase), SieveFixtures.discourse(text));
        assertThat(s).isNotNull();
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.name()).isEqualTo(phrase);
    }

    @ParameterizedTest
    @CsvSource({"Julianne Smith", "she"})
    void passesOnPersons(String phrase) {
        String text = "Then " + phrase + " said so.";
        assertThat(new NonPersonSieve().resolve(SieveFixtures.mention(text, phrase), SieveFixtures.discourse(text)))
                .isNull();
    }
}
