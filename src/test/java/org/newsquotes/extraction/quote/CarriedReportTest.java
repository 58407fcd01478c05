package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fragment inside a sentence with no source of its own, whose clause opens with a pronoun naming nobody or
 * "Doing so", carries on the report of the sentence before it in the same paragraph; a sentence with its own
 * subject, or a report in another paragraph, does not lend it.
 */
class CarriedReportTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Rita Marlowe argued that the levy was flawed. As a result, there is still “a tax nobody can escape.”      | Rita Marlowe
            Rita Marlowe said she was angry at the council. Doing so “looked like a plan to close the bakery.”         | Rita Marlowe
            Rita Marlowe said the levy was flawed. It is “a tax nobody can escape” in the valley.                    | Rita Marlowe
            Rita Marlowe said the levy was flawed. Tom Okafor has rolled out a “tax for the few and not the many” ad. | Tom Okafor
            """)
    void carriesTheReportOfTheSentenceBefore(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
