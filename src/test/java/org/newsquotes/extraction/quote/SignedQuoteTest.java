package org.newsquotes.extraction.quote;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quote signed after a dash in its own paragraph ("“…” — Jane Doe") is attributed to that name. */
class SignedQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            “The soup was cold and the band was late.” — Rita Marlowe               | Rita Marlowe
            “The soup was cold and the band was late.” ― Rita Marlowe, a chef.      | Rita Marlowe
            “The soup was cold and the band was late.” – Marlowe.                   | Marlowe
            “The soup was cold and the band was late.” — and then the lights failed. | NULL
            """)
    void signedWithDash(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
