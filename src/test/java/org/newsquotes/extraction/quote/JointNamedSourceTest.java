package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two names joined by "and" speak together after an inverted verb, before an appositive (also with an age
 * before the second name) and in apposition to a description (invented sentences).
 */
class JointNamedSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            “We worked for hours on the trails,” said Voss and Tom Okafor, a fellow volunteer.                | Voss and Tom Okafor
            “We worked for hours on the trails,” said Jo Lee and Tom Okafor.                                   | Jo Lee and Tom Okafor
            “We worked for hours on the trails,” said Lee and Okafor agreed.                                   | Lee
            “We worked for hours on the trails,” said Lee and her husband.                                     | Lee
            Voss and 24-year-old Tom Okafor, a fellow volunteer, explained how they would grade pies from 1 (“Too dry, sorry”) to 5. | Voss and Tom Okafor
            Voss and Tom Okafor, a fellow volunteer, explained how they would grade pies from 1 (“Too dry, sorry”) to 5.              | Voss and Tom Okafor
            Two farm analysts, Jo Tamsin and Sam Okafor, said: “The fair is the best in the world.”                                       | Jo Tamsin and Sam Okafor
            Ann Voss's biographers, Jo and Sam Tamsin, wrote that she “never tasted a pie she liked” at the fair.                                   | Jo and Sam Tamsin
            Two farm analysts, Jo Tamsin, said: “The fair is the best in the world.”                                                      | Jo Tamsin
            Tom Okafor, a fellow volunteer, explained how they would grade pies from 1 (“Too dry, sorry”) to 5.                       | Tom Okafor
            """)
    void jointNamesSpeakTogether(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
