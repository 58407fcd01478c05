package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/** The walk back from a reporting verb over the words between it and its subject (invented sentences). */
class SubjectGapTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor also said                          | Okafor
            Okafor has repeatedly said                | Okafor
            Okafor on Monday said                     | Okafor
            Marlowe jokingly said                     | Marlowe
            Okafor was quick to add                   | Okafor
            Becky Quick to add                        | Quick
            The family said                           | family
            Citing the figures, May said              | May
            Okafor started to call                    | Okafor
            Okafor kept asking                        | Okafor
            Okafor has tried to tell                  | Okafor
            Okafor kept the tally asking              | tally
            Okafor started calling                    | Okafor
            Okafor told Lee to call                   | Lee
            Okafor Started to call                    | Started
            """)
    void walksBackToTheSubject(String words, String expected) {
        List<Token> w = Tokenizer.tokenize(words, 0, words.length(), false);
        assertThat(w.get(SubjectGap.before(w, w.size() - 1, 0)).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Tom Okafor was quick to add that the bakery would stay open “for good.”         | Tom Okafor
            Tom Okafor was careful to note that the bakery would stay open “for good.”      | Tom Okafor
            """)
    void readsTheSubjectPastAnAdjectiveBeforeTo(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Long before county officials started to describe the fire as a “routine” matter, the mayor knew.  | county officials
            Rita Marlowe talked about the ferry. Tom Okafor kept asking her why it ran “so late.”             | Tom Okafor
            Rita Marlowe talked about the ferry. Tom Okafor went on to call it “a farce.”                     | Tom Okafor
            Rita Marlowe asked Tom Okafor to call the ferry “a farce.”                                        | Rita Marlowe
            Rita Marlowe is pointing to the “sort of trouble” Tom Okafor had fielding questions on the ferry.    | Rita Marlowe
            Tom Okafor had said the plan was “sound” before the vote.                                         | Tom Okafor
            “The plan is sound,” Tom Okafor had said.                                                         | Tom Okafor
            """)
    void readsTheSubjectPastAVerbTakingAnInfinitive(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
