package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ThatOpener#after}: a "that" past an aside set off by commas or dashes, or past a setting that names a
 * programme in quotation marks, opens the content.
 */
class ThatOpenerAsideTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee said on Elm TV, where she is now a paid guest, that the mayor should resign. | said | the mayor should resign
            Mr. Ortiz argued loudly - naming the mayor three times - that the levy had failed. | argued | the levy had failed
            A reader wrote the weekly paper, The Elm Courier, that these floods were getting worse. | wrote | these floods were getting worse
            Ms. Lee said on Elm TV's "Morning Hour" on Sunday that Mr. Ortiz had misled the council. | said | Mr. Ortiz had misled the council
            The guild wrote to the Elm News' Ann Lee that it had not approved the flyer. | wrote | it had not approved the flyer
            Ms. Lee complained to ELM News' Ann Park that linking her to the fraud was unfair. | complained | linking her to the fraud was unfair
            Mr. Ortiz made clear over the weekend that meeting the families had moved him. | made | meeting the families had moved him
            """)
    void theThatAfterTheAsideOpensTheContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The town had long resisted such plans, but the flooding became so bad, Ms. Lee noted, that the dam was built. | resisted | the dam was built
            Ms. Lee says Ortiz is the "best mayor that this town ever had." | says | this town ever had.
            Ms. Lee said he hoped with his "whole heart" that Ortiz would win. | said | Ortiz would win
            """)
    void noContentStartsAtAThatPastAClauseOrInsideAQuote(String text, String cue, String wrongContent) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().of(text).startsWith(wrongContent));
    }
}
