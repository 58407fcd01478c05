package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class OrdinaryWordSieveTest {

    private static Mention group(String name, SpeakerKind kind) {
        return new Mention(new Span(0, name.length()), name, name, null, kind, false, Gender.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            There                     | ANONYMOUS
            Attention                 | ANONYMOUS
            their                     | ANONYMOUS
            instead                   | ANONYMOUS
            Behind the scenes         | GROUP
            Despite the late hour     | ANONYMOUS
            The overwhelming          | ANONYMOUS
            the most telling          | ANONYMOUS
            Things that               | GROUP
            the farm lobby and        | ORGANIZATION
            connectedness             | ANONYMOUS
            racially                  | ANONYMOUS
            60                        | ANONYMOUS
            1,200                     | ANONYMOUS
            100 million               | ANONYMOUS
            40 billion merger         | ANONYMOUS
            """)
    void dropsFragments(String name, SpeakerKind kind) {
        Speaker s = new OrdinaryWordSieve().resolve(group(name, kind), SieveFixtures.discourse(name + " said so."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource(delimiter = '|', textBlock = """
            Another                         | ANONYMOUS
            Several                         | ANONYMOUS
            About four in 10                | ANONYMOUS
            the two                         | ANONYMOUS
            A majority of those             | GROUP
            Exit polling                    | ANONYMOUS
            a video recording               | ANONYMOUS
            several people who heard it     | GROUP
            the progressive group Farm Now  | ORGANIZATION
            officials                       | GROUP
            26 percent                      | ANONYMOUS
            13 million people               | GROUP
            the administration              | ORGANIZATION
            """)
    void keepsSources(String name, SpeakerKind kind) {
        assertThat(new OrdinaryWordSieve().resolve(group(name, kind), SieveFixtures.discourse(name + " said so.")))
                .isNull();
    }

    @ParameterizedTest(name = "{1} kept in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Al From founded the club. From said it was time. | From
            """)
    void keepsWordWrittenAfterGivenName(String text, String word) {
        assertThat(new OrdinaryWordSieve().resolve(group(word, SpeakerKind.ANONYMOUS), SieveFixtures.discourse(text)))
                .isNull();
    }
}
