package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X issued a statement saying “…”": the noun phrase before the participle is the object of a verb, so the
 * participle's subject (the source) is the one opening the clause.
 */
class ParticipleAfterObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rita Marlowe issued a statement saying the bakery was “doing fine” this year.        | Rita Marlowe
            On Monday, Rita Marlowe released a letter condemning the “reckless” plan.            | Rita Marlowe
            The Akron Bakers Association put out a memo asking for “calm” in the town.         | The Akron Bakers Association
            The plan went ahead, with Rita Marlowe saying it was “reckless” from the start.     | Rita Marlowe
            """)
    void mainSubjectIsTheSource(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
