package org.newsquotes.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where sentences end: at a period, "!" or "?" before a capital, a digit or an opening mark, but not after a
 * listed abbreviation, a one-letter word or initials; a decade ("the 1990s.") and "GOP." end a sentence.
 * Limit kept on purpose: a one-letter word before a period ends no sentence ("an A. Everyone"), since it is
 * far more often an initial.
 */
class SentencesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry ran in the 1990s. It stopped in 2001.                       | 2
            She left the GOP. Her brother stayed.                                  | 2
            Gov. Jo Lee spoke first. Then the mayor spoke.                        | 2
            J. R. Lee and Sen. Ann Marr met at the U.S. Capitol on Monday.         | 1
            He gave it an A. Everyone agreed.                                     | 1
            """)
    void counts(String text, int sentences) {
        assertThat(Sentences.split(text)).hasSize(sentences);
    }
}
