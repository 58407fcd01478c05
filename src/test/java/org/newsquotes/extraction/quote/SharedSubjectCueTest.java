package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
            Tom Okafor went on the radio on Tuesday and began by saying he would “never” close the bakery.         | Tom Okafor   | saying
            And he made a point of saying the bakery was “a place of solidarity for the valley.”                   | he           | saying
            """)
    void sharesTheClauseSubject(String text, String expected, String cue) {
        Finding f = QuoteSources.firstFinding(text);
        QuoteSources.assertSourceName(f, expected);
        assertThat(f.cue()).isNotNull();
        assertThat(text.substring(f.cue().start(), f.cue().end())).startsWith(cue);
    }
}
