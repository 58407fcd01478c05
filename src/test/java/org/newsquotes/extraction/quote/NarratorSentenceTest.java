package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quote opening a sentence with no attribution of its own, after a sentence with no quote and no reporting
 * verb in the same paragraph, is spoken by that sentence's named subject; a one-word "name" that the article
 * never writes after another word (a capitalised opener) is not taken.
 */
class NarratorSentenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            Rita Marlowe distanced herself from the group by saying she would help. “I am going to support him.”     | Rita Marlowe
            The Lutheran bishop further related that it occurred to him last week. “I sensed the change in the air.” | The Lutheran bishop
            Dan Okafor toured the plant. Later Okafor walked to the gate. “We will build here.”                    | Okafor
            Wait, it gets even better. “By law, the council sets the maximum number.”                               | NONE
            """)
    void subjectOfTheSentenceBefore(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
