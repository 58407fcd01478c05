package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "said the camp boss known as Bob": the name after "known as" is the source, the description its role (invented). */
class KnownAsSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            “The ovens were never switched off,” said the farm chief known as Tamsin, speaking for the first time.   | Tamsin
            “The ovens were never switched off,” said the farm chief known as Jo Tamsin.                              | Jo Tamsin
            “The ovens were never switched off,” said the farm chief, speaking for the first time.                    | the farm chief
            “The ovens were never switched off,” said the man known as the fixer.                                     | the man known as the fixer
            """)
    void nameAfterKnownAsSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
