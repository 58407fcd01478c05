package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SentenceScanner}: a cue word below the precision threshold is still read before "that" and a subject
 * ("replied that she ...", "testified, for example, that she ..."), but not as a noun ("the state that he won"),
 * before a relative "that" a few words on, nor in "given that".
 */
class LowCueThatClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee replied that she would keep the ferry running. | replied | she would keep the ferry running
            The mayor adds that the harbour will stay open. | adds | the harbour will stay open
            Ms. Lee testified, for example, that she never saw the memo. | testified | she never saw the memo
            Ms. Lee testified on Tuesday that these ferries were unsafe. | testified | these ferries were unsafe
            """)
    void theThatClauseIsRead(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She toured the harbour, given that the ferry was late. | given
            Ms. Lee campaigned hard in the harbour ward that she won. | campaigned
            """)
    void noReadingForAConjunction(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
