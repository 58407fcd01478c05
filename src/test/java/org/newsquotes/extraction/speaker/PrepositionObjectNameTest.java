package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class PrepositionObjectNameTest {

    private static Mention person(String text, String name) {
        return new Mention(new Span(0, text.length()), text, name, null, SpeakerKind.PERSON, false, Gender.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A spokeswoman for Lorn          | Lorn        | ANONYMOUS
            a lawyer for Voss               | Voss        | ANONYMOUS
            One aide inside Brill Tower     | Brill Tower | ANONYMOUS
            Executives for Marlow           | Marlow      | GROUP
            37 percent of Whigs             | Whigs       | GROUP
            people close to Ada Lee         | Ada Lee     | GROUP
            """)
    void theHeadIsTheSource(String text, String name, SpeakerKind kind) {
        Speaker s = PrepositionObjectName.read(person(text, name));
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo(text);
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.mention()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            the contrast with Lee           | Lee
            a famous quarrel with Ada Voss  | Ada Voss
            the tone of Brill               | Brill
            """)
    void anAbstractHeadNamesNoOne(String text, String name) {
        Speaker s = PrepositionObjectName.read(person(text, name));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.mention()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} -> left alone")
    @CsvSource(delimiter = '|', textBlock = """
            Ada Voss                        | Ada Voss
            a memo from Lee                 | Lee
            a tool called Brill             | Brill
            the Fund for Tarn               | Tarn
            According to Lee                | Lee
            Senator Ada Voss                | Ada Voss
            """)
    void leftToOtherSieves(String text, String name) {
        assertThat(PrepositionObjectName.read(person(text, name))).isNull();
    }
}
