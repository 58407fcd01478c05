package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "In reply to …, Lee’s aide rallied donors, saying: “…”" ({@link AppositiveSource}): words between commas
 * with a past verb and its object are a clause, whose subject speaks, not an appositive of the place before
 * them; real appositives with participles ("a grocer based in …") still describe the name.
 */
class ClauseBetweenCommasTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            In reply to the plan to close the port of Leeds, the mayor’s right-hand man rallied donors, saying: “We have to stop it.”   | the mayor’s right-hand man
            Dan Reyes, a grocer based in Dalton, said: “We have to stop it.”                                                         | Dan Reyes
            Okafor, with open glee, chided Marlowe for raising questions about the port’s “sound” footing.                  | Okafor
            """)
    void theClauseSubjectSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
