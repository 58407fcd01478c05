package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

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
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found).isNotEmpty();
        Finding f = found.get(0);
        if (expected == null) {
            assertThat(f.source()).isNull();
        } else {
            assertThat(f.source()).isNotNull();
            assertThat(f.source().name()).isEqualTo(expected);
        }
    }
}
