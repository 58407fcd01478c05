package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Right after a quote, next to its reporting verb, a phrase opening with a determiner is the source even when
 * it names nobody the word lists know ("the Texan", "one Marlowe confidant"): nothing else stands there. A lone
 * determiner, a relative "that", or a phrase that runs on past the verb's object is not read so.
 */
class DescribedTrailingSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            “The bakers will win,” the Yorkshireman said.                                | the Yorkshireman
            “The bakers will win,” said the Yorkshireman.                                | the Yorkshireman
            “The bakers will win,” said one Marlowe confidant.                           | one Marlowe confidant
            “The bakers will win,” this Marlowe look-alike declared in Leeds.            | this Marlowe look-alike
            “The bakers will win,” the Leeds bakers said in a joint letter.              | the Leeds bakers
            “The bakers will win,” said the report.                                      | NULL
            “The bakers will win,” said the chief known as Bob.                          | Bob
            “The bakers will win,” a senior official said.                               | a senior official
            """)
    void describedPhraseNextToTheVerbSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
