package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A paragraph that opens with a quote and has no attribution of its own takes the attribution ending the
 * paragraph before ("Marlowe said that …" ¶ "“…”"), unless its own paragraph names a speaker later.
 */
class PreviousParagraphTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The mayor spoke first. Rita Marlowe said that the bakery would stay open.\\n\\n“We are not going anywhere. Not this year.” | Rita Marlowe
            Rita Marlowe said that the bakery would stay open.\\n\\n“We are not going anywhere,” Tom Okafor said.               | Tom Okafor
            The bakery stayed open all winter.\\n\\n“We are not going anywhere. Not this year.”                                  | NULL
            """)
    void takesTheAttributionEndingThePreviousParagraph(String text, String expected) {
        text = text.replace("\\n", "\n");
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found).hasSize(1);
        assertThat(new TextIndex(text).paragraphs()).hasSize(2);
        QuoteSources.assertSourceName(found.get(0), expected);
    }
}
