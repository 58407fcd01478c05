package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "To Lee, the mayor is the “…”" ({@link PerspectiveSource}): a sentence opening with "To" and a named person
 * states that person's view; "To be fair" and a reporting verb later in the sentence do not (invented rows).
 */
class PerspectiveSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            To Dora Quist, the governor is the “patient and careful” man who rebuilt her pier in 1994.   | Dora Quist
            To Quist, the ferry is “a lifeline” for the island and its bakers.                           | Quist
            To Dora Quist, the ferry is “a lifeline,” Tomas Bexley said.                                  | Tomas Bexley
            """)
    void theNamedPersonHoldsTheView(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
