package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** In a lead-in, the words after "told" or "telling" are the hearer; the source is the clause's subject. */
class TellsHearerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rita Marlowe named no rivals but told her supporters, “We are not done yet.”          | Rita Marlowe
            Hours later, Rita Marlowe thanked the town, telling reporters, “We are not done yet.” | Rita Marlowe
            Rita Marlowe told reporters: “We are not done yet.”                                  | Rita Marlowe
            """)
    void subjectNotHearer(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
