package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeadingClause#read}: a "that" past a long setting or hearer without commas still opens the content. */
class LeadingClauseFarThatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee noted in a guest column in the Sunday Elm City Courier that the levy had failed. | noted | the levy had failed
            Ortiz told a crowded hall at a hotel in downtown Elm City that he would not quit. | told | he would not quit
            """)
    void theContentStartsAfterTheFarThat(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ortiz won a long election in the harbour district that was marred by fraud. | won
            """)
    void aRelativeThatIsNotTheContentStart(String text, String cue) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().of(text).startsWith("was marred"));
    }
}
