package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quote between a passive reporting verb and "by" gives the agent ({@link PassiveAgent}); without a passive
 * verb, or with an agent that names nobody, the rule stays silent and the other rules decide.
 */
class PassiveAgentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The levy has been called “a quiet tax” by Rita Marlowe, a baker in Leeds.                        | Rita Marlowe
            The levy was described as “reckless” by the mayor.                                              | the mayor
            Although the guild — often labeled as a “closed shop” by Okafor — grew, prices fell.            | Okafor
            The levy was described as “reckless” by any measure.                                            | NULL
            Okafor called the levy “a sham” by Tuesday.                                                     | Okafor
            """)
    void theAgentAfterBySpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
