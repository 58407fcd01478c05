package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/** The readers split out of SourcePhrase, each on its own form (invented sentences). */
class SourcePhraseReadersTest {

    /** The index of the first token equal to {@code word}. */
    private static int at(List<Token> w, String word) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Okafor also said                                          | Okafor
            Rita Marlowe of the Salem Bakers Guild said               | Rita Marlowe
            Rita Marlowe, 54, of Salem, Ohio, said                    | Rita Marlowe
            Rita Marlowe, a baker from Salem, said                    | Rita Marlowe
            The town's mayor, Sam Okafor, said                        | Sam Okafor
            she sharply said                                          | she
            Okafor's said                                             | NULL
            """)
    void subjectBeforeTheVerb(String sentence, String expected) {
        List<Token> w = Tokenizer.tokenize(sentence, 0, sentence.length(), false);
        Mention m = new SourcePhrase(sentence).subject(w, at(w, "said"), 0);
        if (expected == null) {
            assertThat(m).isNull();
        } else {
            assertThat(m).isNotNull();
            assertThat(m.name() != null ? m.name() : m.text()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            said Sam Okafor, a baker.                                 | Sam Okafor
            said master of ceremonies Sam Okafor.                     | Sam Okafor
            said the mayor's aide, Sam Okafor, who                    | Sam Okafor
            said the judge had erred.                                 | NULL
            """)
    void sourceAfterAnInvertedVerb(String sentence, String expected) {
        List<Token> w = Tokenizer.tokenize(sentence, 0, sentence.length(), false);
        Mention m = new InvertedSource(sentence).after(w, at(w, "said"), w.size());
        if (expected == null) {
            assertThat(m).isNull();
        } else {
            assertThat(m).isNotNull();
            assertThat(m.name()).isEqualTo(expected);
        }
    }
}
