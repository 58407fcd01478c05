package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quantity phrase or "Critics of …" opening a reporting verb's clause is its subject when the phrase reader
 * finds none ({@link OpeningPhrase}); a reporting noun after a function word ("acts of protest") is no verb.
 */
class OpeningPhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            About four in 10 said they were “angry” with the guild.                                             | About four in 10
            At least half of bakers in each town say the prices are “about right,” though many differ.           | At least half of bakers in each town
            Proponents of the new levy, however, say it would make the guild an “umpire.”                        | Proponents of the new levy
            Only 52 percent of registered bakers agreed that the levy is “fair enough.”                          | Only 52 percent of registered bakers
            Asked about the levy, the mayor said it was “fair,” to which 21 percent said “too high.”          | the mayor
            """)
    void theQuantitySpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
