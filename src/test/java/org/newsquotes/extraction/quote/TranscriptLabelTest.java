package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A transcript line between quote marks opening its sentence takes the speaker label before its colon (a
 * surname in capitals, or a first name and surname); a title, a chanted slogan or a rubric such as "VIDEO" does
 * not.
 */
class TranscriptLabelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The exchange went on.\\n\\n“MARLOWE: Let us start with the bakery. Will it stay open?”                  | MARLOWE
            The exchange went on.\\n\\n“Rita Marlowe: Seriously, the bakery will stay open for good this year.”      | Rita Marlowe
            The exchange went on.\\n\\n“VIDEO: The bakery will stay open for good this year, the owners say.”       | NULL
            The crowd chanted “Rita Marlowe: Bad for the valley, bad for you.”                                      | NULL
            """)
    void takesTheSpeakerLabel(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
