package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A document taken for the source stands for the one who issued it. */
class IssuerMentionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Later she released a statement saying the ferry would stop.     | a statement   | she       | she
            Then Ann Voss issued a statement calling for calm.              | a statement   | Ann Voss  | Ann Voss
            Okafor and Lind issued a statement calling for calm.            | a statement   | Okafor and Lind | Okafor and Lind
            In the summer she revised her statement explaining the delay.   | her statement | her       | she
            The board put out a statement saying the ferry would stop.      | a statement   | a statement | a statement
            A statement from the board said the ferry would stop.           | A statement   | A statement | A statement
            """)
    void issuerIsTheSource(String text, String phrase, String mentionText, String name) {
        Mention m = SieveFixtures.mention(text, phrase);
        assertThat(m.text()).isEqualTo(mentionText);
        assertThat(m.name()).isEqualTo(name);
    }
}
