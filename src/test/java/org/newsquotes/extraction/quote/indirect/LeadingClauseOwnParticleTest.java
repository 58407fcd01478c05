package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeadingClause#read}: cues that take their object after "at" or "with" ("hints at X", "stand with X"). */
class LeadingClauseOwnParticleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor hints at a new harbour levy. | hints | a new harbour levy
            Most farmers stand with the union. | stand | the union
            Ms. Lee railed at the ferry company. | railed | the ferry company
            """)
    void theObjectFollowsTheParticle(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
