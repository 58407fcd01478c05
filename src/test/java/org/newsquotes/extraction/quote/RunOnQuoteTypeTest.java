package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A quote left open at the end of a paragraph, when the next paragraph opens with a mark, runs on into it:
 * the piece after a lead-in is direct, a lower-case fragment inside the reporter's sentence stays partial,
 * and the next paragraph's piece is direct.
 */
class RunOnQuoteTypeTest {

    private static List<QuoteType> types(String text) {
        return new DirectQuoteDetector(new TextIndex(text.replace("\\n", "\n")), false).detect().stream()
                .map(Finding::type).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said: “We will reopen the pier.\\n\\n“And the beach after it,” she added. | DIRECT  | DIRECT
            Lund said the plan is “a bit of a muddle.\\n\\n“We vote on bills,” Lund said.      | PARTIAL | DIRECT
            “We will reopen the pier.\\n\\n“And the beach after it,” she added.                | DIRECT  | DIRECT
            """)
    void typesEachPiece(String text, QuoteType first, QuoteType second) {
        assertThat(types(text)).containsExactly(first, second);
    }
}
