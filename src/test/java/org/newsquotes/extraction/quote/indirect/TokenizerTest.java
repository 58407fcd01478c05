package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;

/**
 * Word norms of the indirect tokenizer: lower case (as {@code toLowerCase(Locale.ROOT)} gives it, also for
 * Greek final sigma and dotted capital I), curly apostrophes straight; marks are
 * their own tokens.
 */
class TokenizerTest {

    private static List<Token> tokens(String text) {
        return Tokenizer.tokenize(text, new Span(0, text.length()), false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ferries       | ferries       | false
            Ferries       | ferries       | true
            ROE’S         | roe's         | true
            roe’s         | roe's         | false
            didn't        | didn't        | false
            U.S.          | u.s           | true
            50,000        | 50,000        | false
            so-called     | so-called     | false
            Ärger         | ärger         | true
            ΟΔΥΣΣΕΥΣ      | οδυσσευς      | true
            İzmir         | i̇zmir        | true
            café          | café          | false
            """)
    void normsWords(String word, String norm, boolean capitalized) {
        Token t = tokens(word).get(0);
        assertThat(t.norm()).isEqualTo(norm).isEqualTo(word.substring(0, t.end())
                .toLowerCase(Locale.ROOT).replace('’', '\''));
        assertThat(t.word()).isTrue();
        assertThat(t.capitalized()).isEqualTo(capitalized);
    }

    @Test
    void marksAreTokensOfTheirOwn() {
        List<Token> t = tokens("Roe said, “Ferries — late…” (¿no?)");
        assertThat(t).extracting(Token::norm).containsExactly("roe", "said", ",", "“", "ferries", "—", "late",
                "…", "”", "(", "¿", "no", "?", ")");
        assertThat(t.get(2).is(',')).isTrue();
        assertThat(t.get(5).isClauseMark()).isTrue();
    }

    /** Spun text: "however" between two words reads "how"; set off by a comma or opening the sentence it stays. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They should deliberation astir however aboriginal towns tin grow. | 4 | how
            The plan, however, failed. | 3 | however
            However the port stayed open. | 0 | however
            """)
    void readsSpunHowBetweenWords(String text, int index, String norm) {
        List<Token> spun = Tokenizer.tokenize(text, new Span(0, text.length()), true);
        assertThat(spun.get(index).norm()).isEqualTo(norm);
    }
}
