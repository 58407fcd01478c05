package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ", having called …" ({@link LeadIn#participleClause}): a perfect participle after a comma shares the main
 * clause's subject, so the object before the comma is no source (invented sentences).
 */
class PerfectParticipleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Mayor Dora Quist misjudged Governor Tomas Bexley, having described him as a “builder.”   | Dora Quist
            Dora Quist praised the harbour plan, having called it “a lifeline” in May.                           | Dora Quist
            Dora Quist praised Tomas Bexley, calling him “a lifeline” for the island.                             | Dora Quist
            """)
    void theMainSubjectSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
