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
            Ann Lindqvist and her husband Jon Lindqvist came. Mr. Lindqvist said no. | Mr. Lindqvist | Jon Lindqvist
            Jon Lindqvist and his wife Ann Lindqvist came. Mrs. Lindqvist said no.   | Mrs. Lindqvist | Ann Lindqvist
            Jon Lindqvist and his wife Ann Lindqvist came. Lindqvist said no.        | Lindqvist | Jon Lindqvist
            Only Ann Lindqvist is named here. Mr. Lindqvist said no.                | Mr. Lindqvist | Lindqvist
            The host Megan Tull came in. Megan was puzzled.                         | Megan     | Megan Tull
            Megan Tull and Megan Voss came in. Megan was puzzled.                   | Megan     | Megan
            The Megan Tull Foundation paid. Megan was puzzled.                      | Megan     | Megan
            """)
    void resolvesToFullNameWritten(String text, String phrase, String expected) {
        Mention m = SieveFixtures.mention(text, phrase);
        Speaker s = new SurnameSieve().resolve(m, SieveFixtures.discourse(text));
        assertThat(s.name()).isEqualTo(expected);
        assertThat(s.mention()).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Ann Lindqvist met her husband Jon Lindqvist. Jon Lindqvist spoke. | Jon Lindqvist | MALE   | Jon Lindqvist
            Ann Lindqvist met her husband Jon Lindqvist. Mr. Lindqvist spoke. | Lindqvist   | MALE   | Jon Lindqvist
            Ann Lindqvist met her husband Jon Lindqvist. Ms. Lindqvist spoke. | Lindqvist   | FEMALE | Ann Lindqvist
            """)
    void namedSubjectKeepsTheNamesake(String text, String named, Gender gender, String expected) {
        int at = text.lastIndexOf(named.substring(named.indexOf(' ') + 1));
        PersonMentions.Named n = new PersonMentions.Named(named, gender, at, true);
        assertThat(NamedSubjectSieve.canonical(n, SieveFixtures.discourse(text))).isEqualTo(expected);
    }
}
