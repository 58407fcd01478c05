package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SentenceEnds#at}: the period of a title abbreviation or of a lone initial ends no sentence;
 * other periods followed by white space do.
 */
class SentenceEndsTest {

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Lind praised Govs. Ann Voss and Tomas Okafor.      | Govs.  | false
            Hinds met Sen. Okafor on the pier.                 | Sen.   | false
            The mayor, Mr. Hinds, left early.                  | Mr.    | false
            Ann B. Voss spoke first.                           | B.     | false
            Hinds spoke first. Then Voss left.                 | first. | true
            The plan came from the U.S. Then Voss left.        | U.S.   | true
            It was a lie. Voss said so.                        | lie.   | true
            """)
    void abbreviationsEndNoSentence(String text, String word, boolean ends) {
        int k = text.indexOf(word) + word.length() - 1;
        assertThat(new SentenceEnds(text).at(k)).isEqualTo(ends);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lind praised Govs. Ann Voss and Tomas Okafor. | 0
            Lind spoke. Voss left.                        | 1
            """)
    void sentencesBetweenSkipsAbbreviations(String text, int count) {
        assertThat(new SentenceEnds(text).countBetween(0, text.length() - 1)).isEqualTo(count);
        assertThat(SieveFixtures.discourse(text).sentencesBetween(0, text.length() - 1)).isEqualTo(count);
    }
}
