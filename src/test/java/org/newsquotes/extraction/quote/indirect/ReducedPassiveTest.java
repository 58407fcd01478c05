package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PassiveClause#read}: a participle with its agent after a noun phrase and no "be" ("the levy, opposed by X"),
 * and a passive whose subject has an appositive ("Lee, the mayor, was criticized by X").
 */
class ReducedPassiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour levy, opposed by most farmers, passed on Monday. | opposed | The harbour levy | most farmers
            The policies once championed by the old guard are gone. | championed | The policies | the old guard
            Ms. Lee, the former harbour master, had been soundly rejected by the voters. | rejected | Ms. Lee, the former harbour master | the voters
            """)
    void theNounPhraseIsTheContentAndTheAgentTheSource(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor responded by saying the port would stay open. | responded
            Ms. Lee, pressed by reporters, said nothing. | pressed
            """)
    void noReadingForAMeansOrAHearer(String text, String cue) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().end() <= c.cue().start());
    }
}
