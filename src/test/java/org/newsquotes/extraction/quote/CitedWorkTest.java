package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Passages of any shape that name a work: set off by commas after a kind-of-work word that follows a
 * determiner or possessive ("The movie, “…,” opens"), or a headline cited in parentheses with its outlet
 * ("(“…,” Ledger.com, Thursday)"). Quotes after a kind word without a determiner, or parentheses without an
 * outlet, are kept.
 */
class CitedWorkTest {

    private static List<String> found(String text) {
        return new DirectQuoteDetector(new TextIndex(text), false).detect().stream()
                .map(f -> f.content().of(text)).toList();
    }

    @ParameterizedTest(name = "dropped: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The movie, "Nine days in the harbour town," opens on Friday.
            Ann Roe's commentary, “Tell them your ferry story,” is very thoughtful.
            I agree with the mayor (“Harbour plan is a waste of money,” Ledger.com, Thursday).
            Count me in (“Ferry fares to rise,” Opinion, Aug. 3).
            Her new book, ''a year on the quiet ferries,'' sold well in the spring.
            """)
    void dropsNamedWorks(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest(name = "kept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the harbour grant program, “we ran out of money,” Ann Roe said. | we ran out of money,
            The fares rose (“far too fast,” residents said) in the spring.         | far too fast,
            The movie “was a waste of time,” Ann Roe said.                         | was a waste of time,
            The fares rose (“far too fast,” Ann Roe said) in the spring.           | far too fast,
            I agree with the mayor (“far too fast,” Ann Roe, a baker, said).        | far too fast,
            """)
    void keepsQuotes(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }
}
