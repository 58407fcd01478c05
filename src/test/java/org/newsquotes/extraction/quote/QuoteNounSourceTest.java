package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "“…” That quote from X appeared …" ({@link QuoteNounSource}): the sentence after a quote naming its author
 * through a noun for quoted words; other openings give nothing (invented rows).
 */
class QuoteNounSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            “I would rather row than sail.” That quote from Harbour Commissioner Tomas Bexley ran on the front page in 1990.   | Tomas Bexley
            “I would rather row than sail.” The remark by Dora Quist drew laughs at the dock.                                   | Dora Quist
            “I would rather row than sail.” That boat from the island sank in 1990.                                             | NULL
            """)
    void theNounNamesTheAuthor(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
