package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A quote ending in a comma inside its marks closes a clause: the lead-in of the next quote starts after it
 * ("… at “…,” Okafor said: “…”" is Okafor's, not the earlier clause's subject), and a lead-in ending in a colon
 * right after an earlier quote of the same sentence names the second quote's speaker. Invented sentences.
 */
class LeadInAfterQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After Rita Marlowe said pupils might do better at “smaller schools,” Dan Okafor said: “I disagree.”  | Dan Okafor
            Dan Okafor told the paper that Rita Marlowe “had a strange plan,” adding, “She lost every vote.”   | Dan Okafor
            Rita Marlowe called it “a fair deal,” and Dan Okafor said: “It is not.”                           | Dan Okafor
            Dan Okafor said: “It is not.”                                                                   | Dan Okafor
            """)
    void lastQuoteTakesItsOwnLeadIn(String text, String expected) {
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found).isNotEmpty();
        QuoteSources.assertSourceName(found.get(found.size() - 1), expected);
    }

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
