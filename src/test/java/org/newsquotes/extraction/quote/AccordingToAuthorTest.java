package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "according to a work by X" ({@link AccordingTo}): the author after a short lower-case work phrase ending in
 * "by" / "from" is the source; a reader or holder ("a copy seen by …") and a name cut at "and" are not.
 */
class AccordingToAuthorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The fare is about $3 a ride, according to calculations by Rita Marlowe of the Leeds Institute, and “a fair fare” matters. | Rita Marlowe
            “The evidence cannot prove the charge,” according to a brief filed by county attorney Jo Okafor.                | Jo Okafor
            The office gave an “incomplete” answer, according to a report from the harbour inspector general.                          | the harbour inspector general
            Okafor wrote to the bank, warning of “a costly fight,” according to a copy of the note reviewed by the Courier.       | Okafor
            According to a complaint filed by the federal Port and Harbour Commission, the firm ran a “quiet scheme” for years.        | NULL
            According to a complaint filed by the federal Harbour Commission, the firm ran a “quiet scheme” for years.                 | the federal Harbour Commission
            """)
    void theAuthorOfTheWorkSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
