package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class VerbObjectNameTest {

    private static Mention person(String text, String name) {
        return new Mention(new Span(0, text.length()), text, name, null, SpeakerKind.PERSON, false, Gender.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            Ada Voss slams Lee             | Lee
            Brill rejects Lee's            | Lee
            The Courier reports Lee        | Lee
            Other Whigs joined Lee’s       | Lee
            Voss bashed Ada Lee            | Ada Lee
            """)
    void theObjectIsNoSpeaker(String text, String name) {
        Speaker s = VerbObjectName.read(person(text, name));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.mention()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> left alone")
    @CsvSource(delimiter = '|', textBlock = """
            A dejected Lee                 | Lee
            Ada Lee                        | Ada Lee
            Senator Ada Lee                | Ada Lee
            the House candidates Lee       | Lee
            Farm envoy Jo Lee              | Jo Lee
            """)
    void leftAlone(String text, String name) {
        assertThat(VerbObjectName.read(person(text, name))).isNull();
    }

    @ParameterizedTest(name = "sieve, role kept out: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rep. Ada Voss slams Lee        | Lee | Rep. Ada Voss slams
            """)
    void sieveDropsTheNameEvenWithARole(String text, String name, String role) {
        Mention m = new Mention(new Span(0, text.length()), text, name, role, SpeakerKind.PERSON, false,
                Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m, SieveFixtures.discourse(text + " over the budget."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
    }
}
