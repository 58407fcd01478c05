package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A comma written inside a quote ("… a “fine plan,” Okafor …") still closes an introductory clause: the
 * sentence's named subject is read after it, not from the subordinator ("While Marlowe").
 */
class QuotedCommaClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            While Marlowe proclaims the plan a “fine piece,” Okafor fixates on the “pivot” line.   | Okafor
            While Marlowe proclaims the plan a fine piece, Okafor fixates on the “pivot” line.     | Okafor
            """)
    void mainClauseSubject(String text, String expected) {
        java.util.List<Finding> found = new DirectQuoteDetector(
                new org.newsquotes.extraction.text.TextIndex(text), false).detect();
        QuoteSources.assertSourceName(found.get(found.size() - 1), expected);
    }
}
