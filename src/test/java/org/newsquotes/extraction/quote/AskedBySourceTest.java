package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Asked by X whether …“…”…, Y said" ({@link PassiveAgent#askedBy}): a quote inside the question is the asker's;
 * a quote after the comma belongs to the answer.
 */
class AskedBySourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The mayor sat down. Asked by Rita Marlowe if the port “works” at all, Okafor avoided an answer.  | Rita Marlowe
            Asked by Marlowe about the port, Okafor said it “works.”                                         | Okafor
            """)
    void theAskerOwnsTheQuestion(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
