package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two co-authors and a colon before a quote ("HEADLINE - Jo Lee and Sam Park: “…”"): the first author speaks. */
class JointColonLeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            'The polls were early.\n\nPOLLS NOT WRONG, JUST EARLY - Rita Marlowe and Jon Cohen: “The polls failed to predict the win, but they were not wrong.”' | Rita Marlowe
            'The polls were early.\n\nMore on the shift from Marlowe and Cohen: “Data collected by our firm helps confirm that both issues were in play.”'        | Marlowe
            'The polls were early.\n\nThe voters chose between bread and butter: “Data collected by our firm helps confirm that both issues were in play.”'       | NULL
            """)
    void firstAuthorSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
