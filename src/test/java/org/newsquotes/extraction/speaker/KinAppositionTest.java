package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

class KinAppositionTest {

    private static PersonMentions.Named last(String text, Gender g) {
        return new PersonMentions(text, Tokenizer.tokenize(text, 0, text.length(), false))
                .lastBefore(text.length(), 0, g, false);
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor thanked his wife, Nina, for the cake.       | FEMALE | Nina
            Okafor thanked his wife, Nina.                     | FEMALE | Nina
            The crowd cheered Lind’s son, Boris, at the gate.  | MALE   | Boris
            She thanked her older brother, Boris, for the cake. | MALE  | Boris
            She thanked her husband, Robin, for the cake.      | MALE   | Robin
            Okafor thanked his wife, Nina, for the cake.       | MALE   |
            Okafor thanked his aide, Nina, for the cake.       | FEMALE |
            Okafor thanked his wife, Zed, for the cake.        | FEMALE |
            Okafor thanked his wife, Nina Lind, for the cake.  | FEMALE | Nina Lind
            Okafor thanked his wife Nina for the cake.         | FEMALE |
            """)
    void givenNameInApposition(String text, Gender g, String expected) {
        PersonMentions.Named n = last(text, g);
        assertThat(n == null ? null : n.name()).isEqualTo(expected);
    }
}
