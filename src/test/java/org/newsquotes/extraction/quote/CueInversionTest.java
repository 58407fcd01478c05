package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The phrase after a reporting verb is its source only after punctuation or in "quoted X as saying"
 * ({@link CueInversion}); after a word, or after "told", it is the verb's object.
 */
class CueInversionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Okafor, who has in the past described Marlowe as “a menace,” clearly wanted bakers to “turn away” from him.  | Okafor
            An early tweet quoted the mayor as saying “we must act now.”                                                | the mayor
            Okafor — praised by the Gazette as the best baker — told Rita Marlowe of the guild that “the levy must go.”  | NULL
            """)
    void theObjectIsNoSource(String text, String expected) {
        org.assertj.core.api.Assertions.assertThat(QuoteSources.firstFinding(text)).isNotNull();
        Finding f = QuoteSources.firstFinding(text);
        if (expected == null) {
            org.assertj.core.api.Assertions.assertThat(f.source() == null
                    || !"Rita Marlowe".equals(f.source().name())).isTrue();
        } else {
            QuoteSources.assertSourceName(f, expected);
        }
    }
}
