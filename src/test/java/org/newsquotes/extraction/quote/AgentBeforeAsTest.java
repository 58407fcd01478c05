package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle of naming or reporting, "by" and its agent, then "as" right before the quote: the agent names the
 * thing so ({@link PassiveAgent#agentBeforeAs}), over a source written after the quote. Not for a participle
 * that names nothing ("backed by X as “…”").
 */
class AgentBeforeAsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The forum will weigh a third candidate, an option seen by Mayor Rita Marlowe as a “lifeboat” for the party. | Rita Marlowe
            Lee hugged Okafor in what came to be known by Sam Ortiz as the “harbour hug.”                                 | Sam Ortiz
            The deal was described by Sam Ortiz as “a sham,” Jo Lee said.                                                  | Sam Ortiz
            The plan, long branded by Ann Marr as a “giveaway,” passed on Monday.                                          | Ann Marr
            The plan, backed by Sam Ortiz as “a fix,” passed, Jo Lee said.                                                 | Jo Lee
            """)
    void theAgentBeforeAsSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
