package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reporting verb whose subject is "who" after a comma speaks through the person or organisation before the
 * comma ({@link SourcePhrase}), even when that phrase is an object ("met Sam Ortiz, who called …", "from Sam
 * Ortiz, who declared …"); not when it is the subject of a reported "that" clause, and not when no person or
 * organisation stands there.
 */
class WhoAntecedentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Jo Lee met Sam Ortiz, who called the plan “a sham.”                                               | Sam Ortiz
            Jo Lee met President Sam Ortiz, who called the harbour deal “unfit to stand.”                     | Sam Ortiz
            Dan Okafor won an endorsement from Sam Ortiz, who declared in the spin room, “It is time to unite.” | Sam Ortiz
            The harbour row drew a reply from Ann Marr (D-Ohio), who has called the fees “a scandal.”         | Ann Marr
            Jo Lee said the union is “pleased” that Sam Ortiz, who invoked his rights in May, now cooperates. | Jo Lee
            """)
    void theAntecedentOfWhoSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
