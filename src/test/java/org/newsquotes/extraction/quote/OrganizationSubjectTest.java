package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An organisation opening the sentence is the source of a fragment that has no reporting verb we know. */
class OrganizationSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The State Department hinted at “grave consequences” for the mill.          | The State Department
            The Marlowe campaign projects that “every county” will turn out.            | The Marlowe campaign
            Politico reveals a few “relevant facts” about the county.                  | Politico
            In late May, the Akron Bakers Association deemed the bread “well made.”     | the Akron Bakers Association
            The mill was loud. Rita Marlowe pondered “what comes next” for the town.   | Rita Marlowe
            The Marlowe Bakery Hinted At “grave consequences” for the mill.            | NULL
            """)
    void organisationOpeningTheSentence(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
