package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class ArticleBeforeNameTest {

    private static Mention person(String text, String name) {
        return new Mention(new Span(0, text.length()), text, name, null, SpeakerKind.PERSON, false, Gender.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            the Guild Workers of Tarvania                        | Guild Workers    | Guild Workers of Tarvania | ORGANIZATION
            the farm rights group the Vell League                | Vell League      | Vell League               | ORGANIZATION
            a lawmaker in the Vell Republic                      | Vell Republic    | NULL                      | PERSON
            his reaction to the Dunmoor                          | Dunmoor          | NULL                      | PERSON
            per the Ostrow                                       | Ostrow           | NULL                      | PERSON
            the head of the Vell Church of Ostrow                | Vell Church      | NULL                      | PERSON
            """)
    void readsNameAfterThe(String text, String name, String expected, SpeakerKind kind) {
        Speaker s = new OrdinaryWordSieve().resolve(person(text, name), SieveFixtures.discourse(text + " said so."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo(expected);
        assertThat(s.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = '|', textBlock = """
            Ann Voss                          | Ann Voss
            the senator Ann Voss              | Ann Voss
            people close to the Vosses        | Vosses
            Only The Ann Roe                  | Ann Roe
            """)
    void leavesPeopleAlone(String text, String name) {
        assertThat(new OrdinaryWordSieve().resolve(person(text, name), SieveFixtures.discourse(text + " said so.")))
                .isNull();
    }
}
