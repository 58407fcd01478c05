package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassiveSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour levy was approved last spring, but the builders have since walked away. | approved | The harbour levy
            The price of the ferry was not disclosed. | disclosed | The price of the ferry
            The mayor has been criticized for closing the library. | criticized | The mayor
            Two rallies are planned for the opening day. | planned | Two rallies
            """)
    void theSubjectOfAnAgentlessPassiveIsTheContent(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor was asked about the ferry on Monday. | asked
            The voters were shocked. | shocked
            The councillors are likely to be criticized for the delay. | criticized
            In the county, many ballots have so far been requested. | requested
            """)
    void noContentWhenTheSubjectIsAHearerOrNoClauseSubject(String text, String cue) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.source() == null && c.content().end() <= c.cue().start());
    }
}
