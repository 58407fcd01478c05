package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

/** A modal opening a yes/no question ("Will Marlowe concede?") is not the given name of the full name indexed. */
class NameIndexQuestionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It is over. Will Rita Marlowe concede the race? Nobody knows.      | Rita Marlowe
            It is over. Can Rita Marlowe win the race? Nobody knows.           | Rita Marlowe
            The town met. Will Marlowe, the chairman, spoke first.             | Will Marlowe
            The town met. May Marlowe said nothing at all.                     | May Marlowe
            The town met. Will Marlowe and Ann Okafor spoke first.             | Will Marlowe
            """)
    void fullName(String text, String expected) {
        NameIndex index = new NameIndex(text, Tokenizer.tokenize(text, 0, text.length(), false));
        assertThat(index.fullName("marlowe", text.length())).isEqualTo(expected);
    }
}
