package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dateline opening the first sentence ("LEEDS, July 25 (UPI) — …") is not its subject: the subject follows
 * the dash ({@link SentenceOpening#pastDateline}). An acronym opening an ordinary subject is no dateline.
 */
class DatelineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            LEEDS, July 25 (UPI) — The Bakers Guild released a statement on Monday, offering “a deep apology” to Okafor.   | The Bakers Guild
            YORK, Pa. - U.S. District Judge Rita Marlowe issued an order blocking a bill for its “sincere belief” clause.  | Rita Marlowe
            LEEDS (AP) — Rita Marlowe on Thursday made a “deep apology” to the guild.                                     | Rita Marlowe
            """)
    void theSubjectFollowsTheDateline(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
