package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeadingClause#read}: a head noun before a particle whose object is a figure or a quotation
 * ("reported earnings of $4 million", "decried the issue of “neglect”") is read as the content itself; before
 * a word the object after the particle is still read ("voiced doubts about the plan" reads "the plan"), unless it is a medium or a date ("shared the news on
 * Facebook" reads "the news").
 */
class LeadingClauseHeadBeforeFigureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry company reported earnings of $4 million on Tuesday. | reported | earnings | The ferry company
            Mayor Ann Lee decried the problem of “harbour neglect” in her speech. | decried | the problem | Mayor Ann Lee
            Band member Rik Oda shared the news on social media last week. | shared | the news | Band member Rik Oda
            """)
    void keepsTheHeadBeforeAFigureOrQuote(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }
}
