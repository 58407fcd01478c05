package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;

class InvertedClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry will run again in May, said Olga Brandt. | said | true
            The ferry will run again in May, said a harbour official. | said | true
            The ferry will run again in May, said Brandt, a pilot who has sailed it for years. | said | true
            The ferry will run again in May, said the family wanted answers. | said | true
            The ferry will run again in May, said the captain would retire. | said | false
            The ferry will run again in May, said Tuesday she agrees. | said | false
            The ferry will run again in May, said the pilots should strike. | said | false
            """)
    void acceptsAShortSourceAfterTheCue(String text, String cue, boolean accepted) {
        List<Token> t = Tokenizer.tokenize(text, new Span(0, text.length()), false);
        int i = index(t, cue);
        assertThat(InvertedClause.accepts(t, i + 1, ClauseEdges.clauseEnd(t, i + 1))).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry will run again in May, said the family wanted answers. | said | true
            The ferry will run again in May, stated his plan to resign. | stated | true
            The ferry will run again in May, said a pilot who worked there. | said | false
            The ferry will run again in May, said Olga Brandt. | said | false
            """)
    void tellsAReportedClauseFromASource(String text, String cue, boolean clause) {
        List<Token> t = Tokenizer.tokenize(text, new Span(0, text.length()), false);
        int i = index(t, cue);
        assertThat(InvertedClause.clauseInside(t, i + 1, ClauseEdges.clauseEnd(t, i + 1))).isEqualTo(clause);
    }

    private static int index(List<Token> t, String word) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).is(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException(word);
    }
}
