package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two names joined by "and" speak together after an inverted verb and before an appositive, also with an age
 * before the second name (invented sentences).
 */
class JointNamedSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            “We worked for hours on the trails,” said Voss and Tom Okafor, a fellow volunteer.                | Voss and Tom Okafor
            “We worked for hours on the trails,” said Jo Lee and Tom Okafor.                                   | Jo Lee and Tom Okafor
            “We worked for hours on the trails,” said Lee and Okafor agreed.                                   | Lee
            “We worked for hours on the trails,” said Lee and her husband.                                     | Lee
            Voss and 24-year-old Tom Okafor, a fellow volunteer, explained how they would rank voters from 1 (“Oh, I am voting for Eric”) to 6. | Voss and Tom Okafor
            Voss and Tom Okafor, a fellow volunteer, explained how they would rank voters from 1 (“Oh, I am voting for Eric”) to 6.              | Voss and Tom Okafor
            Tom Okafor, a fellow volunteer, explained how they would rank voters from 1 (“Oh, I am voting for Eric”) to 6.                       | Tom Okafor
            """)
    void jointNamesSpeakTogether(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
