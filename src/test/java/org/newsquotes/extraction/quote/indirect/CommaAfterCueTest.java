package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "CUE , CLAUSE": a verb of saying set off in commas reports the clause after it; a weaker cue word before a
 * comma ends its own phrase ("After the harbour attacks, the mayor spoke").
 */
class CommaAfterCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After the harbour attacks, Mayor Ortiz closed the port for a week. | attacks
            Under the Brisk plan, there is no toll for the small ferries. | plan
            """)
    void aWeakCueBeforeACommaReadsNoClauseAfterIt(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            But, Ortiz added, the fares would rise in the spring. | added | the fares would rise in the spring
            The whole plan, she acknowledges, could fail at the council vote. | acknowledges | could fail at the council vote
            Even so, the harbour master notes, the port stayed open all winter. | notes | the port stayed open all winter
            """)
    void aVerbOfSayingInCommasReportsTheClauseAfterIt(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
