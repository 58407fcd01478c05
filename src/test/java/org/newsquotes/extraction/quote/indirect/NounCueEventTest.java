package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounCueEventTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The vote on the harbour levy was delayed again. | vote on
            The support for the ferry line grew over the summer. | support for
            The endorsement of the harbour plan came late. | endorsement of
            In response to the storm, the port closed early. | response to
            """)
    void eventsAndReactionsWithoutPossessorAreNoCues(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Her support for the ferry line was never in doubt. | support for | the ferry line
            His criticism toward the harbour board was sharp. | criticism toward | the harbour board
            """)
    void aPossessorKeepsTheCue(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Latest: Harbour board votes to close the old ferry pier
            """)
    void theNewsWireRubricIsNoHeadlineSource(String title) {
        java.util.List<Token> t = Tokenizer.tokenize(title, new org.newsquotes.extraction.Span(0, title.length()), false);
        assertThat(HeadlineClause.read(t)).isNull();
    }
}
