package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reporting word that is also a noun ("report", "email") right after an article or possessive is the
 * document that speaks, not the verb: "“…,” the report stated" and "The email said, “…”" have the document for
 * source, as "the memo stated" always had.
 */
class DocumentSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Crops fell.\\n\\n“The bakers will lose the contest,” the report stated.        | the report
            Crops fell.\\n\\n“The bakers will lose the contest,” the email said.           | the email
            Crops fell.\\n\\n“The bakers will lose the contest,” the email read.           | the email
            Crops fell.\\n\\n“The bakers will lose the contest,” the memo stated.          | the memo
            Crops fell. The email said, “The bakers will lose the contest.”                | The email
            Crops fell.\\n\\n“The bakers will lose the contest,” Ann Voss said.            | Ann Voss
            """)
    void documentNamedBeforeTheVerbSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
