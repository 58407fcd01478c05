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
            The Ohio senator emailed supporters saying: “The ovens stay hot” and left.           | The Ohio senator
            Okafor issued a statement on Friday saying, “We never closed the bakery.”           | Okafor
            Okafor teased the Harbor “critic,” saying, “A critic who bakes on request!”        | Okafor
            """)
    void mainSubjectIsTheSource(String text, String expected) {
        java.util.List<Finding> found = new DirectQuoteDetector(new org.newsquotes.extraction.text.TextIndex(text),
                false).detect();
        QuoteSources.assertSourceName(found.get(found.size() - 1), expected);
    }
}
