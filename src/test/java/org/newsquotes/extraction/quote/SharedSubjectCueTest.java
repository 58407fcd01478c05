package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * A finite reporting verb joined by "and" to an earlier verb, or a gerund right after "by" or "of", shares the
 * subject opening the clause ("Lee greeted supporters in Salem and told them that …", "he began by saying"),
 * with that verb as the cue.
 */
class SharedSubjectCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Tom Okafor greeted supporters at a rally in Salem and told them the bakery would “stay open for good.” | Tom Okafor   | told
            Rita Marlowe cast the blame on her rivals in the council, and warned of “a tax nobody can escape.”     | Rita Marlowe | warned
            She greeted supporters at a rally in Salem and told them the bakery would “stay open for good.”        | she          | told
            She greeted 2,000 supporters in Salem and told them the bakery would “stay open for good.”            | she          | told
            Tom Okafor phoned in to the radio show and began by saying he would “never” close the bakery.         | Tom Okafor   | saying
            And he made a point of saying the bakery was “a place of solidarity for the valley.”                   | he           | saying
            """)
    void sharesTheClauseSubject(String text, String expected, String cue) {
        Finding f = QuoteSources.firstFinding(text);
        QuoteSources.assertSourceName(f, expected);
        assertThat(f.cue()).isNotNull();
        assertThat(text.substring(f.cue().start(), f.cue().end())).startsWith(cue);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            And he made a point of saying                  | he
            But then she sharply told                      | she
            He Okafor told                                 | NULL
            They made a point of saying                    | NULL
            Tom Okafor told                                | NULL
            """)
    void readsAHeOrSheOpeningTheClause(String words, String expected) {
        List<Token> w = Tokenizer.tokenize(words, 0, words.length(), false);
        Mention m = SharedSubject.openingHeOrShe(w, w.size() - 1, new SourcePhrase(words));
        assertThat(m == null ? null : m.text()).isEqualTo(expected);
    }
}
