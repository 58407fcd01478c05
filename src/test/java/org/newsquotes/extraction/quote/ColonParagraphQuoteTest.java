package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A straight-marked paragraph after a colon lead-in ("Rita Lee stated:") that runs on into the next
 * straight-marked paragraph keeps a title-like “…” pair nested inside it, so the passage and its speaker
 * survive; a lower-case pair (a third person's words in an excerpt) still stands on its own.
 */
class ColonParagraphQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The vote came late.\\n\\nRita Lee stated:\\n\\n"The law is not about “Fair Play” now. They know it.\\n\\n"The rest is noise."   | The law is not | Rita Lee
            The vote came late.\\n\\nRita Lee stated:\\n\\n"The law is not about fair play now. They know it.\\n\\n"The rest is noise."     | The law is not | Rita Lee
            The vote came late.\\n\\nRita Lee stated:\\n\\n"The law is not about “fair play” now. They know it.\\n\\n"The rest is noise."   | The rest is    | NULL
            The vote came late.\\n\\nRita Lee stated:\\n\\n"The law is not about “Fair Play” now," she said. "They know it."            | The law is not | she
            """)
    void keepsTheParagraphAfterTheColon(String text, String opening, String speaker) {
        text = text.replace("\\n", "\n");
        Finding f = QuoteSources.firstFinding(text);
        assertThat(text.substring(f.content().start())).startsWith(opening);
        QuoteSources.assertSourceName(f, speaker);
    }
}
