package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quote ending in "?" or "!" closes its sentence, so the attribution that follows on the same line is read
 * as the next sentence however long it runs on after the verb (invented sentences).
 */
class ExclaimedQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "Bread for all!" Rep. Rita Marlowe, D-Ohio, said of the noisy crowd at the harbor fair.     | Rita Marlowe
            "Why would we pay twice for the same old bridge?" Okafor asked a crowd of about 300 bakers.  | Okafor
            “Who knows?” Sam Okafor told a radio station in Akron in an interview aired on Monday.       | Sam Okafor
            """)
    void longAttributionAfterQuestion(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
