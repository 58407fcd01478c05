package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;

class PronounFallbackSieveTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The hall was full when Ann Voss arrived with Paul Hinds. Then she said so.   | she | Ann Voss
            The hall was full when Ann Voss arrived with Paul Hinds. Then he said so.    | he  | Paul Hinds
            The hall near Harbor Center was full when Ann Voss came. Then she said so.   | she | Ann Voss
            Nobody at Harbor Center spoke. Then she said so.                             | she |
            Top Voss aides met at noon. Then she said so.                                | she |
            Nobody at the Harbor Chamber spoke. Then he said so.                         | he  |
            Crowds filled North Carolina. Then she said so.                              | she |
            Ann Voss came. Crowds filled Harbor Center. Then she said so.                | she | Ann Voss
            Nobody spoke. Then she said so.                                              | she |
            Ann Voss came. Then it said so.                                              | it  |
            """)
    void namedPersonOfThatGenderElseNothing(String text, String pronoun, String expected) {
        Speaker s = new PronounFallbackSieve().resolve(SieveFixtures.mention(text, pronoun),
                SieveFixtures.discourse(text));
        assertThat(s.name()).isEqualTo(expected);
        assertThat(s.mention()).isEqualTo(pronoun);
    }
}
