package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Dean" before a lone surname is a given name, not a title, unless a role reads it as one (invented phrases). */
class GivenNameTitleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Dean Tamsin                    | Dean Tamsin     | -
            economist Dean Tamsin          | Dean Tamsin     | economist
            Dean Jo Tamsin                 | Jo Tamsin       | Dean
            Law School Dean Tamsin         | Tamsin          | Law School Dean
            law school Dean Tamsin         | Tamsin          | law school Dean
            Dean Tamsin Okafor             | Tamsin Okafor   | Dean
            """)
    void deanBeforeALoneSurnameIsAGivenName(String phrase, String name, String role) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.role()).isEqualTo(role);
    }
}
