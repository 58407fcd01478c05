package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capitalised function word right after a listed given name, followed by punctuation or a cue, is the surname
 * ("Al From", "Jo Will"); before the object of a preposition it is not ("John From the Ohio office").
 */
class FunctionWordSurnameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Voters moved on. “We lost the middle class,” said Al From, who helped found the club.   | Al From
            Voters moved on. Al From said the club had “lost the middle class for good.”             | Al From
            Officials met on Tuesday. “The deal is done,” said Jo Will, a spokeswoman.              | Jo Will
            Officials met on Tuesday. “The deal is done,” said Sen. Ann May of Ohio.                 | Ann May
            Officials met on Tuesday. “The deal is done,” said John From the Ohio office.            | John
            """)
    void surname(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
