package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle after a comma whose clause opens with "he"/"she" takes that pronoun ("She escalated …, telling
 * the Herald that …"), not a name inside the reported clause; "His aide …" is no pronoun subject.
 */
class PronounParticipleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She sharpened her attack on Tuesday, telling the Herald that Okafor is a “faker” and questioning it.      | she
            He went further on Tuesday, saying that in Okafor's career “there was a pattern.”                          | he
            His chief aide doubled down on attacks on Okafor, saying she is experienced “on paper.”                     | His chief aide
            """)
    void theOpeningPronounSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
