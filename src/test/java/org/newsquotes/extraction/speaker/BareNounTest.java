package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/** A lone lower-case singular word with no determiner names no one. Invented phrases. */
class BareNounTest {

    @ParameterizedTest(name = "bare: {0}")
    @ValueSource(strings = {"birther", "phone", "night", "campaign", "get", "well-financed", "seldom"})
    void namesNoOne(String name) {
        assertThat(BareNoun.bareSingular(name)).isTrue();
    }

    @ParameterizedTest(name = "source: {0}")
    @ValueSource(strings = {"officials", "people", "police", "many", "another", "everyone", "staff", "mom", "half",
        "the campaign", "Voss", "a farmer", "NATO", "farmers"})
    void staysASource(String name) {
        assertThat(BareNoun.bareSingular(name)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            birther                       | ANONYMOUS
            phone                         | GROUP
            night                         | ORGANIZATION
            """)
    void sieveDropsTheName(String name, SpeakerKind kind) {
        Mention m = new Mention(new Span(0, name.length()), name, name, null, kind, false, Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m, SieveFixtures.discourse("A liar and " + name + " who lied."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = '|', textBlock = """
            officials                     | GROUP
            police                        | GROUP
            many                          | ANONYMOUS
            """)
    void sieveKeepsTheName(String name, SpeakerKind kind) {
        Mention m = new Mention(new Span(0, name.length()), name, name, null, kind, false, Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m, SieveFixtures.discourse(name + " said it was late."));
        assertThat(s == null || s.name() != null).isTrue();
    }
}
