package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quoted fragment in a later clause of the reporter's sentence with no reporting verb: the named person
 * opening that clause is its source; a clause opened by a common noun gives none. Invented sentences.
 */
class ClauseSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The hall was loud. As the debate went on and Marlowe stood by her remark that "the plan is dead," the crowd cheered. | Marlowe
            The hall was loud. The rejection was complete when Rita Marlowe in her opening speech called the rivals “cowards” and left. | Rita Marlowe
            The hall was loud. There was a rally, such as when Jo Lee knocked the mayor on trade and called him a "moderate," a dig. | Jo Lee
            The hall was loud. As the debate went on and the crowd stood by the remark that "the plan is dead," Lee left.           | NULL
            The hall was loud. An hour went to boasting about the Lakeview Golf Club and Spa in Harbor Point — “the finest anywhere.” | NULL
            The hall was loud. The plan was dead and Jo Lee in the end called it “a relief.”                                 | Jo Lee
            The hall was loud. The plan was dead, and Jo Lee in the end called it “a relief.”                                | Jo Lee
            The hall was loud. Officials raised pressure, with claims that Kyiv or Lee were planning “provocations” again.          | NULL
            """)
    void subjectOfTheQuotesClause(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
