package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A lead-in ending in a colon right after an earlier quote of the same sentence ("… at “smaller schools,” Lee
 * said: “…”") names the second quote's speaker, not the subject of the sentence's first reporting verb.
 * Invented sentences.
 */
class LeadInAfterQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The court was split. After Marlowe said that students might do better at "smaller schools," Jo Lee said: "I don't like what she said."  | Jo Lee
            The court was split. After Marlowe said that students might do better at "smaller schools," the dean said: "I don't like what she said." | the dean
            """)
    void secondQuoteTakesItsOwnLeadIn(String text, String expected) {
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found).hasSize(2);
        QuoteSources.assertSourceName(found.get(1), expected);
    }
}
