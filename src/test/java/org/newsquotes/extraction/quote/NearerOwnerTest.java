package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The owner of a speech noun in a prepositional phrase after the clause's reporting verb speaks the quoted
 * content of that claim ("blamed the press for … Okafor’s claim that …"); a speech noun that is the verb's own
 * object is judged by the verb's subject ("Marlowe called Okafor’s charge “…”").
 */
class NearerOwnerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rita Marlowe on Thursday blamed the press for making an issue out of Jo Okafor’s claim that the mayor “founded the guild,” saying so. | Jo Okafor
            The bakers were hurt by the inquiry and by Director Jo Okafor's conclusion that their books were “extremely careless.”            | Jo Okafor
            Rita Marlowe said on Twitter, calling Jo Okafor’s charge “pathetic.”                                                           | Rita Marlowe
            Rita Marlowe told reporters that Jo Okafor's comments “show bias to me.”                                                         | Rita Marlowe
            Rita Marlowe joked on the radio about Jo Okafor’s phrase “self-rising.”                                                 | Rita Marlowe
            """)
    void theClaimsOwnerSpeaksItsContent(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
