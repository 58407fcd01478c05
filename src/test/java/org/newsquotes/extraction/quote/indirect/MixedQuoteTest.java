package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.quote.QuoteCandidate;

/**
 * A reported clause that runs straight into a partial quote is carried by that quote (one mixed quote), and the
 * rest of the clause runs from the quote's opening mark to a comma, conjunction or semicolon after it, a comma
 * inside its closing mark, or the sentence end; a clause cut at a comma or conjunction, or one ending in a colon
 * before a quote, is not carried.
 */
class MixedQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Mayor Lena Ames said the ferry plan was “a trap for farmers.”'          | said   | the ferry plan was      | “a trap for farmers.”
            'Ames says the harbour board has “never run a tight ship” in years.'     | says   | the harbour board has   | “never run a tight ship” in years
            The pilot said the tugs would "wait for the tide" before sailing.       | said   | the tugs would          | "wait for the tide"
            'Ames says she admires the pilots’ “calm and nerve” at sea.'             | says   | she admires the pilots’ | “calm and nerve” at sea
            'Ames said the ferry board was “open to new bids,” and Reyes agreed.'    | said   | the ferry board was     | “open to new bids,”
            'Ames said the ferry plan was “a trap” but voted for it.'                | said   | the ferry plan was      | “a trap”
            'Ames said the ferry plan was “a trap” in every port; Reyes disagreed.'  | said   | the ferry plan was      | “a trap” in every port
            """)
    void aClauseRunningIntoAQuoteIsCarriedByIt(String text, String cue, String lead, String rest) {
        QuoteCandidate c = onlyReading(text, cue, lead);
        assertThat(c.carriedBy()).isNotNull();
        assertThat(text.charAt(c.carriedBy().start())).isIn('“', '"');
        assertThat(c.carriedBy().start()).isEqualTo(c.content().end() + 1);
        assertThat(c.carriedBy().of(text)).isEqualTo(rest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Ames said costs will rise, and the ferry plan was “a trap.”'          | said | costs will rise
            'Ames said the ferry plan had failed: “It is a trap.”'                 | said | the ferry plan had failed:
            Ames said the ferry plan had failed badly this winter.                 | said | the ferry plan had failed badly this winter
            'Ames said the ferry plan had failed.\n\nHARBOUR CITY ENDS FERRY TAX “The council voted on Monday to end the tax.”' | ENDS | FERRY TAX
            """)
    void aClauseOfItsOwnIsNotCarried(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).carriedBy()).isNull();
    }
}
