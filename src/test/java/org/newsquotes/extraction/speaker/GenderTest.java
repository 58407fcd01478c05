package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            paul    | MALE
            ann     | FEMALE
            volker  | MALE
            philippe| MALE
            jillian | FEMALE
            jordan  | UNKNOWN
            zed     | UNKNOWN
            cornell | MALE
            jeffery | MALE
            deja    | FEMALE
            imelda  | FEMALE
            kris    | UNKNOWN
            marty   | UNKNOWN
            ada     | FEMALE
            novak   | MALE
            clinton | UNKNOWN
            blair   | UNKNOWN
            georgia | UNKNOWN
            """)
    void givenNames(String name, Gender expected) {
        assertThat(Gender.ofFirstName(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jordan | true
            paul   | true
            zed    | false
            """)
    void bothSexNamesAreStillGivenNames(String name, boolean expected) {
        assertThat(Gender.isFirstName(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the widow Terry Lind              | FEMALE
            her husband Jo Lind               | MALE
            Mr. Lind                          | MALE
            Trump spokesman Ann Voss          | UNKNOWN
            campaign spokeswoman Ann Voss     | FEMALE
            his wife and her brother          | UNKNOWN
            Sen. Ann Voss                     | UNKNOWN
            """)
    void roleWords(String phrase, Gender expected) {
        assertThat(Gender.ofRoleWords(phrase)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Robin Tull, who sold her bakery last year, spoke.  | FEMALE
            Robin Tull, who lost his seat in May, spoke.       | MALE
            Robin Tull, who prides himself on it, spoke.       | MALE
            Robin Tull, who met her in Leeds, spoke.           | UNKNOWN
            Robin Tull, a baker, sold her bakery.              | UNKNOWN
            Robin Tull, who ran, later sold her bakery.        | UNKNOWN
            """)
    void relativeClauseAfterName(String text, Gender expected) {
        var tokens = org.newsquotes.extraction.text.Tokenizer.tokenize(text, 0, text.length(), false);
        int j = 0;
        while (!tokens.get(j).is(",")) {
            j++;
        }
        assertThat(Gender.ofRelativeClause(tokens, j)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void ambiguousGivenNameTakesTheClauseGender() {
        String text = "Robin Tull, who sold her bakery last year, spoke first.";
        PersonMentions p = new PersonMentions(text, org.newsquotes.extraction.text.Tokenizer.tokenize(text, 0,
                text.length(), false));
        assertThat(p.genderOf("tull")).isEqualTo(Gender.FEMALE);
    }
}
