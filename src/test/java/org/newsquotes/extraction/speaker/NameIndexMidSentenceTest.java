package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

class NameIndexMidSentenceTest {

    @ParameterizedTest(name = "{0}: {1} mid-sentence {2}")
    @CsvSource(delimiter = '|', textBlock = """
            “We won,” Marlowe said.                    | marlowe | true
            They asked Marlowe first.                  | marlowe | true
            “We won,” he said.\\n\\nMarlowe came late.   | marlowe | false
            The hall was full\\nMarlowe came late.      | marlowe | false
            Marlowe came late.                         | marlowe | false
            """)
    void paragraphOpenerIsNotMidSentence(String text, String word, boolean mid) {
        String t = text.replace("\\n", "\n");
        NameIndex index = new NameIndex(t, Tokenizer.tokenize(t, 0, t.length(), false));
        assertThat(index.capitalizedMidSentence(word)).isEqualTo(mid);
    }
}
