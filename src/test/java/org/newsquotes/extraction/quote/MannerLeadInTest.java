package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X put it bluntly:" and "X, in an aside, worded it carefully:" introduce the quote ({@link MannerLeadIn}). */
class MannerLeadInTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The Marlowe campaign, in a Q&A on the bread affair, worded it even more carefully: “Marlowe bakes on Mondays.” | The Marlowe campaign
            Rita Marlowe put it bluntly: “The guild is finished.”                                                          | Rita Marlowe
            The Bakers Guild put it more simply: “The levy is finished.”                                                 | The Bakers Guild
            """)
    void theVerbsSubjectIntroducesTheQuote(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
