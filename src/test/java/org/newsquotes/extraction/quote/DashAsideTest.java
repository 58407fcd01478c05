package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X -- an aside -- said the mayor “…”" ({@link DashAside}): the verb after a closing dash has its subject
 * before the aside (or the name opening it), not the words after the verb (invented rows).
 */
class DashAsideTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            A former harbour master -- Tomas Bexley, who lost the ferry vote to Quist -- said the mayor "had no plan for the pier."   | Tomas Bexley
            Tomas Bexley -- back from the island -- said the mayor "had no plan for the pier."                                     | Tomas Bexley
            Tomas Bexley said the mayor "had no plan for the pier."                                                                | Tomas Bexley
            """)
    void theSubjectBeforeTheAsideSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
