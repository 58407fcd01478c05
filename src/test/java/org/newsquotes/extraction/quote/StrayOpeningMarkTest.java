package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A straight mark opening a paragraph that opens no quotation (an excerpt's stray mark) does not hide the
 * lead-in after it: "\"Lee tried to laugh it off by interjecting, “…”" is Lee's.
 */
class StrayOpeningMarkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The host pressed on.\\n\\n"Rita Lee tried to shrug it off by interjecting, “Only my cousin.” But the host kept going. | Rita Lee
            The host pressed on.\\n\\nRita Lee tried to shrug it off by interjecting, “Only my cousin.” But the host kept going.  | Rita Lee
            It rained all night.\\n\\n"Soon the lights went out. “Only my cousin.” Then it was quiet.                            | NULL
            """)
    void readsTheLeadInPastTheStrayMark(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
