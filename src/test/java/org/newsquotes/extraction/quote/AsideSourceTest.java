package org.newsquotes.extraction.quote;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name followed by comma-separated asides (age, place, party tag, "during …") is the source, not the place. */
class AsideSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rita Marlowe, 41, of Akron, Ohio, says the bakery is “doing fine” this year.              | Rita Marlowe
            Sen. Rita Marlowe, R-Ohio, told the paper that the plan was a “sham” from the start.      | Rita Marlowe
            Marlowe, during a visit to Akron, Ohio, said the plan was a “sham” from the start.        | Marlowe
            Rita Marlowe of Akron, Ohio says the plan was a “sham” from the start.                    | Rita Marlowe
            “The plan is a sham,” said the bakery’s head baker, Rita Marlowe, who opened it in 1990.  | Rita Marlowe
            “The plan is a sham,” said Will Okafor, a baker from Akron.                              | Will Okafor
            “The plan is a sham,” said Sen. Rita Marlowe (D-Ohio), a former baker.                   | Rita Marlowe
            """)
    void nameBeforeAsides(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
