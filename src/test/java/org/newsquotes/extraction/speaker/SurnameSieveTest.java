package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;

class SurnameSieveTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ambassador Julianne Smith spoke first. Later Smith said no.     | Smith     | Julianne Smith
            President Donald Trump spoke. Mr. Trump said no.                | Mr. Trump | Donald Trump
            Nobody else is named here. Later Smith said no.                 | Smith     | Smith
            """)
    void resolvesToFullNameWritten(String text, String phrase, String expected) {
        Mention m = SieveFixtures.mention(text, phrase);
        Speaker s = new SurnameSieve().resolve(m, SieveFixtures.discourse(text));
        assertThat(s.name()).isEqualTo(expected);
        assertThat(s.mention()).isEqualTo(phrase);
    }
}
