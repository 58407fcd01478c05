package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A manner adverb in "-ly" between the source and its verb does not hide the source. */
class AdverbSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Marlowe jokingly said, “I hate to say it, but we won.”                  | Marlowe
            Rita Marlowe sharply told the crowd: “We are not done yet.”            | Rita Marlowe
            The bakery was packed. She angrily said, “We are not done yet.”         | she
            """)
    void adverbSkipped(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
