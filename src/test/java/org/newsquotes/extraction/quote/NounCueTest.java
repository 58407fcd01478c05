package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bare reporting word after a singular common noun heads a noun compound ({@link NounCue}): "his campaign
 * promise" has no speaker "his campaign"; a verb agreeing with its subject still reports (invented rows).
 */
class NounCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Mayor Jo Lee tweaked his now-familiar campaign promise Saturday when he announced his running mate, calling Park “my partner.” | he
            The police say the ferry captain was “very calm.”                                                      | The police
            The campaign promised a “full review” of the ferry deal.                                               | The campaign
            """)
    void aNounCompoundIsNoVerb(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
