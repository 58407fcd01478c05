package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrailingNounUseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Facing a tough race at home, the harbour master rescinded his endorsement. | endorsement
            Now sure of the seat, Ruiz will face the criticism. | criticism
            """)
    void aCueUsedAsNounHasNoContentBeforeIt(String text, String cue) {
        assertThat(withCue(text, cue).stream().filter(c -> c.content().end() <= c.cue().start())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Facing a tough race, the harbour master rescinded his endorsement | endorsement | true
            The ferry should stay, in my view | view | false
            Only the port was ready, in the harbour master's view | view | false
            """)
    void nounUse(String text, String cue, boolean noun) {
        java.util.List<Token> t = Tokenizer.tokenize(text, new org.newsquotes.extraction.Span(0, text.length()), false);
        int i = 0;
        while (!t.get(i).is(cue)) {
            i++;
        }
        assertThat(NounUse.at(t, i)).isEqualTo(noun);
    }
}
