package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * {@link SubordinateQuote}: a quote inside an opening "After/While/When …" clause is the clause subject's, not
 * the main clause's source after it (invented sentences).
 */
class SubordinateQuoteTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After Okafor said that the bakers might do better at “smaller ovens,” Marlowe said: “No.”     | Okafor
            While Okafor called the plan “a sham,” Marlowe said it was fine.                              | Okafor
            But when Rita Marlowe described the fair as “a mess,” Okafor told reporters to wait.          | Rita Marlowe
            After the vote, Okafor called the plan “a sham,” Marlowe said.                               | Marlowe
            “The plan is a sham,” Marlowe said after the vote.                                           | Marlowe
            """)
    void speakerOfTheClause(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After Okafor said the bakers                | true
            And while Okafor called the plan            | true
            After the vote, Okafor said                 | false
            Okafor said after                           | false
            When Okafor                                 | false
            """)
    void opensAClauseWithoutAComma(String words, boolean expected) {
        List<Token> toks = Tokenizer.tokenize(words, 0, words.length(), false);
        assertThat(SubordinateQuote.insideOpeningClause(toks, words)).isEqualTo(expected);
    }
}
