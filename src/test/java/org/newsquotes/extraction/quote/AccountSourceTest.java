package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A social-media account speaks for its owner as a source, like "his spokesman" (invented sentences). */
class AccountSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Jo Lee spoke on Monday. Hours later her Twitter account posted: “Thanks to every baker who came.”  | her Twitter account
            The farm board met. Its official account wrote: “The vote is delayed until spring.”                     | Its official account
            Back then, Lee's hometown Millbrook Free Press wrote: “The mayor held off backing either of them.”   | Millbrook Free Press
            """)
    void accountOrOutletIsTheLeadInSource(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
