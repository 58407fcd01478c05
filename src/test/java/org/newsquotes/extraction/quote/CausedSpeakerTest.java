package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The result prompted X, an aside, to state, “…”" ({@link CausedSpeaker}): the named object of a causing verb
 * speaks in the infinitive after it (invented rows).
 */
class CausedSpeakerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            That record prompted Tomas Bexley, who studies the county, to state, “The county picks the winner every time.”   | Tomas Bexley
            The vote led Dora Quist to declare, “The ferry stays.”                                                          | Dora Quist
            That prompted Dora Quist to crack a joke about golf and call the mayor “quite nimble.”                          | Dora Quist
            The ruling prompted Dora Quist to resign, and Tom Bexley called it “a farce.”                                   | Tom Bexley
            The ruling prompted Dora Quist to resign and called the ferry “a farce.”                                        | NULL
            That prompted Sam Ortiz to make a joke about boats and call Marr “very wet,” a nod to her shifts.             | Sam Ortiz
            That prompted Sam Ortiz to leave, and Okafor called Marr “very wet.”                                             | Okafor
            """)
    void theObjectSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
