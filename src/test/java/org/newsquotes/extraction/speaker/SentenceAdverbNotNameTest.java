package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

/** Sentence adverbs written capitalised at a sentence's start are not part of the name that follows. */
class SentenceAdverbNotNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Maybe Okafor thinks  | false
            Perhaps Okafor knows | false
            Okafor thinks        | true
            """)
    void firstWordIsNameToken(String text, boolean name) {
        assertThat(Lexicon.isNameToken(Tokenizer.tokenize(text, 0, text.length(), false).get(0))).isEqualTo(name);
    }
}
