package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;

/** A capitalised cue word inside a name run of running text is no cue; title-case lines and first words still are. */
class NameWordTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The executive director of the Harbour Plan Commission stood near the lake.       | Plan
            Both chambers passed a bill that would defund Planned Parenthood in the county.  | Planned
            She taped an appearance on The Evening Show Starring Dana Kirk to reach young voters. | Show
            There are a few farms for autistic adults, such as Quiet Hope Ranch near the coast. | Hope
            The advocacy group Harbour Speaks Up is sponsoring a contest for the town.        | Speaks
            """)
    void aWordOfANameIsNoCue(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Senator Vance Says Ferry Route Will Close Next Year                              | Says
            Harbour Mayor Slams Vance Over Ferry Plan                                         | Slams
            'HARBOUR BOARD WANTS NEW FERRY ROUTE The board met on Monday to weigh the plans for the port.' | WANTS
            Asked about the ferry, Vance said the route would close next year.                | Asked
            """)
    void aTitleOrAnOpeningStillReads(String text, String cue) {
        assertThat(withCue(text, cue)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SAYS  | true
            NATO  | true
            Says  | false
            A     | false
            U.S.  | true
            """)
    void capitalsAreMarked(String word, boolean capitals) {
        List<Token> t = Tokenizer.tokenize(word, new Span(0, word.length()), false);
        assertThat(t.get(0).capitals()).isEqualTo(capitals);
    }
}
