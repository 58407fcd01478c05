package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.newsquotes.extraction.Span;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ThatUse#resultClause} and {@link ThatUse#relativeThat}: the "that" of a result clause ("so weak
 * that", "such a risk that") or a relative "that" before an auxiliary ("a plan that would ...") does not open a
 * cue's content.
 */
class ResultClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee thinks the levy is so weak that it will fail. | thinks | it will fail
            Mr. Ortiz believes the plan poses such a risk that the dam must be closed. | believes | the dam must be closed
            Ms. Lee thinks the council spent so much that the town is broke. | thinks | the town is broke
            Ms. Lee backed a proposal that would sharply cut the levy. | backed | would sharply cut the levy
            Mr. Ortiz opposed a plan that wouldn't fund the dam. | opposed | wouldn't fund the dam
            """)
    void aResultOrRelativeClauseIsNotTheContent(String text, String cue, String wrongContent) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().of(text).equals(wrongContent));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee said Tuesday that it would fail. | said | it would fail
            Mr. Ortiz said that was a fair point. | said | was a fair point
            """)
    void aThatBeforeASubjectOrRightAfterTheCueStillOpensTheContent(String text, String cue, String content) {
        CueReadings.onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms. Lee thinks the levy is so weak that it will fail. | true
            Mr. Ortiz said so many voters that the hall was full. | true
            Ms. Lee said that the levy would fail. | false
            Mr. Ortiz said on Tuesday that the levy would fail. | false
            """)
    void detectsTheResultThat(String text, boolean result) {
        var tokens = Tokenizer.tokenize(text, new Span(0, text.length()), false);
        int that = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is("that")) {
                that = k;
            }
        }
        assertThat(ThatUse.resultClause(tokens, that)).isEqualTo(result);
    }
}
