package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A capitalised "Will" or "May" right before a finite verb is the source's name, not a modal verb. */
class ModalNameSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Citing the new figures, Will urged the board to “act now before it is too late.”  | Will
            Will urged the board to “act now before it is too late.”                          | Will
            After the vote, Will described the plan as “a disaster for every family.”         | Will
            May says the plan is “a disaster for every family in the county.”                 | May
            The board will say, “Act now before it is too late.”                              | The board
            """)
    void nameNotModal(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
