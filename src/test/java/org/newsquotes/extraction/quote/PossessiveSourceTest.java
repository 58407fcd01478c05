package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The owner of a speech noun ("Lee’s claim that …") is the source of the words quoted with it (invented sentences). */
class PossessiveSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The paper checked Rita Marlowe’s claim that there were “thousands of bakeries” in the city.      | Rita Marlowe
            It was nearly as cold as Sam Okafor’s “fifty percent” comment had been.                         | Sam Okafor
            The crowd cheered Marlowe’s pledge to “bake for everyone” next year.                            | Marlowe
            The bakers have long doubted Okafor's claims, but have guessed that he might boost his “yield.”  | -
            """)
    void ownerOfTheSpeechNoun(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
