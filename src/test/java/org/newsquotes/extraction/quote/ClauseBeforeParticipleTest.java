package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle after a comma whose sentence opens with no person or organisation: the named subject of the
 * clause right before the comma speaks; a person opening the sentence still does (invented sentences).
 */
class ClauseBeforeParticipleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The second delay came at the bakery fair, when Voss protesters blocked the ovens, chanting “bread for all, not some!”  | Voss protesters
            The trouble began at noon, when Sam Okafor took the stage, shouting “we will not move!”                                  | Sam Okafor
            Jo Lee left the hall early, when the band started, shouting “we will not move!”                                         | Jo Lee
            """)
    void participleAfterAClause(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
