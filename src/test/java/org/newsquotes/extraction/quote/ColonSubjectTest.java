package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/** A lead-in colon with no reporting verb before it, read through its subject (invented lead-ins). */
class ColonSubjectTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Sen. Tom Okafor:                                  | Tom Okafor         | :
            Tom Okafor told them:                             | Tom Okafor         | :
            Tom Okafor resisted:                              | Tom Okafor         | resisted
            Tom Okafor released the following statement:      | Tom Okafor         | :
            The Salem Bakers Guild issued a statement:        | Salem Bakers Guild | :
            The bakery was closed:                            | NULL               | NULL
            He resisted:                                      | NULL               | NULL
            """)
    void readsTheSubjectBeforeTheColon(String lead, String expected, String cue) {
        List<Token> b = Tokenizer.tokenize(lead, 0, lead.length(), false);
        Attribution a = ColonSubject.of(b, b.size() - 1, new SourcePhrase(lead), m -> true);
        if (expected == null) {
            assertThat(a).isNull();
        } else {
            assertThat(a).isNotNull();
            assertThat(a.source().name() != null ? a.source().name() : a.source().text()).contains(expected);
            assertThat(a.cue().of(lead)).isEqualTo(cue);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            resisted  | true
            the       | false
            quickly   | false
            and       | false
            Resisted  | false
            """)
    void readsAPlainVerb(String word, boolean expected) {
        assertThat(ColonSubject.plainVerb(Tokenizer.tokenize(word, 0, word.length(), false).get(0)))
                .isEqualTo(expected);
    }
}
