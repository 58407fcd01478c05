package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After an inverted "said", the phrase speaks even when a preposition of place or time ends it; after a verb
 * that takes an object, such a phrase is the object (invented sentences).
 */
class SaidPhraseBeforePrepositionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            “We want a fair vote for all of us,” said Voss protesters outside the hall.  | Voss protesters
            “We want a fair vote for all of us,” said the farm party during the debate.  | the farm party
            “We want a fair vote for all of us,” says Voss supporters near the gate.     | Voss supporters
            Lee described the party during an interview as “a disaster for all.”        | Lee
            """)
    void phraseAfterSaidSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
