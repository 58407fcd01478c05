package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameVerb}: a preposition's object that ends in a name stops before the sentence's verb or an adverb. */
class NameVerbTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The board's bias against Ortiz gained ground last year. | against | Ortiz
            Ms. Lee pledged her vote to Ortiz recently in a letter. | vote to | Ortiz
            """)
    void theObjectStopsAtTheVerb(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the Lee family | 3
            whether Ortiz overstepped | 3
            Lee's proposed cuts | 3
            Ortiz gained ground | 1
            """)
    void cutsOnlyAfterANameBeforeAVerbOrAdverb(String phrase, int end) {
        List<Token> t = Tokenizer.tokenize(phrase, new Span(0, phrase.length()), false);
        assertThat(NameVerb.cut(t, 0, t.size())).isEqualTo(end);
    }
}
