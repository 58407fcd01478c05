package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capital "The" inside a sentence begins a title: "The Gazette reported" is an outlet speaking, while a
 * sentence-opening "The Democrat said" is still an unnamed person (invented sentences).
 */
class OutletSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            “The count was off by two,” The Gazette reported on Monday.               | The Gazette
            But as The Ledger pointed out, “the bakers never filed a plan.”            | The Ledger
            According to The Ledger, the bakers wore shirts that read “Bread First.”   | The Ledger
            """)
    void capitalTheInsideASentence(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    /**
     * Words passed on by a report stay the speaker's: the person who said them is the answer to "who said it",
     * even though PolNeAR annotates such nested attributions with the outer source (the report).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We will appeal,” Okafor said, according to the Harbor Gazette.                   | Okafor
            “We will appeal,” the mayor told reporters, according to Reuters, on the plane.    | the mayor
            “We will appeal,” Rita Marlowe said on Monday.                                    | Rita Marlowe
            """)
    void accordingToAReport(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
