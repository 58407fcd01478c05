package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeadingClause#read}: a head noun before a particle whose object is a figure or a quotation
 * ("reported earnings of $4 million", "decried the issue of “neglect”") is read as the content itself; before
 * a word the object after the particle is still read ("voiced doubts about the plan" reads "the plan"), unless it is a medium, a date or a span of time ("shared
 * the news on Facebook", "praised the remarks on Thursday", "had known him for years" read the head).
 */
class LeadingClauseHeadBeforeFigureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry company reported earnings of $4 million on Tuesday. | reported | earnings | The ferry company
            Mayor Ann Lee decried the problem of “harbour neglect” in her speech. | decried | the problem | Mayor Ann Lee
            Band member Rik Oda shared the news on social media last week. | shared | the news | Band member Rik Oda
            The union praised the mayor's remarks on Thursday, but kept the strike. | praised | the mayor's remarks | The union
            Ortiz had known the captain for years. | known | the captain | Ortiz
            A port official confirmed the closure on condition of anonymity. | confirmed | the closure | A port official
            """)
    void keepsTheHeadBeforeAFigureOrQuote(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }
}
