package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An attribution sentence right after a quote may run on past its verb when what follows says where or how
 * it was said ("said of the encounter …"), not when it says something new ("said the vote …"). Invented.
 */
class NextSentenceCircumstanceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The race is close. "He just stopped and asked how we win the county." Rita Marlowe, the party chairman, said of the encounter she had last week with the mayor at a rally. | Rita Marlowe
            The race is close. "He just stopped and asked how we win the county." Rita Marlowe said the vote in the county will be decided by the turnout of young people there.   | NULL
            """)
    void circumstanceAfterVerb(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
