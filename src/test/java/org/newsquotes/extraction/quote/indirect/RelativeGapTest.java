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
}
