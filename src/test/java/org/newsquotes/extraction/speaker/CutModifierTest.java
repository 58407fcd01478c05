package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class CutModifierTest {

    @ParameterizedTest(name = "cut modifier: {0}")
    @ValueSource(strings = {"a diplomatic", "its recent", "part of a broader", "the fundamental", "her previous",
        "an ambitious", "The latest", "presidential", "xenophobic", "The Democratic", "their best",
        "The new", "the main", "its only"})
    void endsInAdjective(String name) {
        assertThat(CutModifier.endsInModifier(name)).isTrue();
    }

    @ParameterizedTest(name = "noun kept: {0}")
    @ValueSource(strings = {"a senior official", "the public", "a Vell critic", "a mill executive",
        "a guild representative", "a third", "the mayor", "voters 18 to 35 years old", "an unnamed aide", "the Vell Herald", "several"})
    void endsInNoun(String name) {
        assertThat(CutModifier.endsInModifier(name)).isFalse();
    }

    private static Mention mention(String name, SpeakerKind kind) {
        return new Mention(new Span(0, name.length()), name, name, null, kind, false, Gender.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            a diplomatic                 | ANONYMOUS
            Her economic                 | ANONYMOUS
            The Democratic               | PERSON
            the presidential             | PERSON
            Across Tarvania              | PERSON
            Given Ann                    | PERSON
            Given his past               | ANONYMOUS
            Voss sometimes               | ANONYMOUS
            a clerk well                 | ANONYMOUS
            """)
    void sieveDropsTheName(String name, SpeakerKind kind) {
        Speaker s = new OrdinaryWordSieve().resolve(mention(name, kind), SieveFixtures.discourse(name + " push came."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = '|', textBlock = """
            The senator                  | PERSON
            Ann Voss                     | PERSON
            the Islamic State            | ORGANIZATION
            a Vell official              | ANONYMOUS
            """)
    void sievePasses(String name, SpeakerKind kind) {
        assertThat(new OrdinaryWordSieve().resolve(mention(name, kind), SieveFixtures.discourse(name + " said so.")))
                .isNull();
    }
}
