package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "each" and "both" between a subject and its reporting verb are skipped ("X and Y both said"), and "what the
 * X called “…”" opens the quote's clause like "what X called".
 */
class FloatingQuantifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amid what the Leeds Gazette and York Herald each called a “rough week” for Okafor, a story by the website Bakenews says that bakers are angry. | the Leeds Gazette and York Herald
            Marlowe and Okafor both said the levy was “a disgrace.”                                                              | Marlowe and Okafor
            """)
    void theSubjectBeforeTheQuantifierSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
