package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeGapTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour levy, which the council rejected on Monday, will stay. | rejected | which
            The ferry plan was something the mayor denied. | denied | something
            He dropped the harbour levy, which Mr. Ortiz vehemently opposed. | opposed | which
            It followed claims of bribery, which he has denied and which the council dropped. | denied | which
            It was the sort of defeat that she fears in the coming vote. | fears | that
            """)
    void theRelativeWordIsTheContent(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The op-ed, in which she called for a new levy, ran on Monday. | called
            The levy, which the council rejected the plan for, will stay. | rejected
            """)
    void noRelativeContentWhenTheObjectFollowsTheCue(String text, String cue) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().of(text).equals("which"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor told the council that she has a personal view on the levy. | view
            Records show little evidence that Ortiz made good on those promises. | promises
            The mayor said that she agreed. | agreed
            """)
    void aThatBeforeANounCueOrAfterAVerbIsNoRelative(String text, String cue) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().of(text).equals("that"));
    }
}
