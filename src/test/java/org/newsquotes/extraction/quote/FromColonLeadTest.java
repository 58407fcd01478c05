package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Digest lead-ins naming a source after "from" and a colon: "More from Okafor: “…”", "HEADLINE - From the
 * report: “…”", "From Lee’s blog post: “…”"; "From the start:" names nobody.
 */
class FromColonLeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The polls closed.\\n\\nWhat it means for the fall - More from Okafor: “The polls did not fail.” [Gallup.] | Okafor
            The polls closed.\\n\\nMore from Okafor: “The polls did not fail.”                                        | Okafor
            The polls closed.\\n\\nNot all panels are equal. From the report: “The polls did not fail.”               | the report
            The polls closed.\\n\\nOkafor will back Cruz. From Rita Lee’s blog post: “The polls did not fail.”        | Rita Lee
            The polls closed.\\n\\nFrom the start: “The polls did not fail.”                                          | NULL
            The polls closed.\\n\\nThe money came from Okafor: “The polls did not fail.”                              | NULL
            """)
    void readsTheSourceAfterFrom(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
