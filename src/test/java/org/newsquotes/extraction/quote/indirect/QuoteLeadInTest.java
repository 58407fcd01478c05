package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X said of Y, “...”": the topic phrase before a direct quote is no reported content of its own; the quote
 * is what was said.
 */
class QuoteLeadInTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'The mayor said of the ferry plan, “It will never float.”' | said
            'The harbour master wrote about the strike: “Nobody wins.”' | wrote
            """)
    void aTopicBeforeAQuoteIsNoContent(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'The mayor said the ferry would run, “at least for now.”' | said | the ferry would run
            The mayor spoke of the ferry plan at the harbour meeting. | spoke | the ferry plan
            """)
    void aClauseBeforeAQuoteOrATopicWithoutOneIsKept(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
