package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A contracted expletive opening the sentence ("It’s become such a draw that …") is no subject: the named
 * subject of the clause nearest the quote speaks ({@link ClauseSubject}).
 */
class ExpletiveSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It’s become such a presence at the fair that Okafor during a visit thanked its bakers “for their support.”    | Okafor
            """)
    void theClausesNamedSubjectSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
