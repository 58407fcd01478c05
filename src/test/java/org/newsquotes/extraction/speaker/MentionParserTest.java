package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NATO Secretary General Jens Stoltenberg | Jens Stoltenberg | NATO Secretary General
            Kremlin spokesperson Dmitry Peskov      | Dmitry Peskov    | Kremlin spokesperson
            U.S. Ambassador to NATO Julianne Smith  | Julianne Smith   | U.S. Ambassador to NATO
            Secretary of State Hillary Clinton      | Hillary Clinton  | Secretary of State
            Mr. Trump                               | Trump            | -
            Sam A. Greene                           | Sam A. Greene    | -
            Mayor Rita de Vries                     | Rita de Vries    | Mayor
            Farm envoy Jo van Dyke                  | Jo van Dyke      | Farm envoy
            Al From                                 | Al From          | -
            """)
    void titlesNeverGoIntoTheName(String phrase, String name, String role) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.role()).isEqualTo(role);
        assertThat(m.pronoun()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Marlowe and Okafor             | Marlowe and Okafor             | GROUP
            Rita Marlowe and Will Okafor   | Rita Marlowe and Will Okafor   | GROUP
            Secretary of State Rita Marlowe | Rita Marlowe                  | PERSON
            nuclear experts Rita Marlowe and Ann Okafor | Rita Marlowe and Ann Okafor | GROUP
            Rita Marlowe and Ann Okafor of the Farm Institute | Rita Marlowe and Ann Okafor | GROUP
            Sens. Rita Marlowe of Ohio and Ann Okafor of Iowa | Rita Marlowe and Ann Okafor | GROUP
            Rita Marlowe of Ohio and Ann Okafor               | Rita Marlowe and Ann Okafor | GROUP
            Rita Marlowe of the Farm Institute and Dover College | Rita Marlowe          | PERSON
            Sen. Rita Marlowe and Rep. Will Okafor            | Rita Marlowe and Will Okafor | GROUP
            county clerk Rita Marlowe and Board Chairman Will Okafor | Rita Marlowe and Will Okafor | GROUP
            Marlowe and Gov. Okafor                           | Marlowe and Okafor          | GROUP
            """)
    void namesJoinedByAndSpeakTogether(String phrase, String name, org.newsquotes.extraction.SpeakerKind kind) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            King      | PERSON
            Judge     | PERSON
            the king  | PERSON
            President | ANONYMOUS
            State     | ANONYMOUS
            the Secret Service | ORGANIZATION
            the Daily Courier  | ORGANIZATION
            the Rev. Al Okafor | PERSON
            """)
    void capitalisedTitleThatIsASurnameIsAPerson(String phrase, org.newsquotes.extraction.SpeakerKind kind) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aides to Okafor                | GROUP
            Advisers to Mr. Okafor         | GROUP
            outside advisers to Rita Marlowe | GROUP
            advisers to the farm board     | ORGANIZATION
            Rita Marlowe                   | PERSON
            """)
    void staffOfAPersonSpeakAsAGroup(String phrase, org.newsquotes.extraction.SpeakerKind kind) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.kind()).isEqualTo(kind);
        if (kind == org.newsquotes.extraction.SpeakerKind.GROUP) {
            assertThat(m.name()).isEqualTo(phrase);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Okafor of Pine Hollow Beach       | Okafor                       | PERSON
            Half of Dover Democrats           | -                            | -
            Two-thirds of Democratic insiders | -                            | -
            Bank of Dover                     | Bank of Dover                | ORGANIZATION
            """)
    void loneSurnameBeforeItsHomeTownIsThePerson(String phrase, String name,
            org.newsquotes.extraction.SpeakerKind kind) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        if (name == null) {
            assertThat(m.name()).isNotEqualTo(phrase.substring(0, phrase.indexOf(' ')));
        } else {
            assertThat(m.name()).isEqualTo(name);
            assertThat(m.kind()).isEqualTo(kind);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the conservative group Dover Crossroads | Dover Crossroads | ORGANIZATION
            the advocacy group Okafor Watch         | Okafor Watch     | ORGANIZATION
            former chief of staff Jon Okafor        | Jon Okafor       | PERSON
            campaign manager Rita Marlowe           | Rita Marlowe     | PERSON
            """)
    void aNameRightAfterAnOrganisationWordIsTheOrganisation(String phrase, String name,
            org.newsquotes.extraction.SpeakerKind kind) {
        Mention m = SieveFixtures.mention("Then " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(kind);
    }
}
