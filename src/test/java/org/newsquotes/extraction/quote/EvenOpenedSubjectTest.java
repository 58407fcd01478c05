package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * "And even Okafor tried to help them …": "even" before the subject, like "and" or "then", does not hide it, so
 * the named subject is kept as a recent speaker and a following "he" goes to it, not to an earlier speaker.
 */
class EvenOpenedSubjectTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            And even Okafor tried to help them, noting that he would demur too | Okafor
            Even Rita Marlowe conceded the point on Monday                      | Rita Marlowe
            But even Marlowe has doubts about the plan                          | Marlowe
            Even so, nothing came of the plan                                   | NULL
            And even the bakery was closed on Monday                            | NULL
            """)
    void subjectAfterEven(String sentence, String expected) {
        Attribution a = new SentenceSubject(sentence).of(Tokenizer.tokenize(sentence, 0, sentence.length(), false));
        if (expected == null) {
            assertThat(a).isNull();
        } else {
            assertThat(a).isNotNull();
            assertThat(a.source().name()).isEqualTo(expected);
        }
    }

    private static final String LEAD = "“Trade is good for all of us,” President Tom Okafor said.\n\n"
            + "Mexican President Pedro Alvarez compared those ideas with old tyrants, and urged people not to "
            + "“choose the road to ruin.”\n\nBoth Jim Lake and Alvarez gave polite answers. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            And even Okafor tried to help them, noting that he would demur too. | Tom Okafor
            And Alvarez tried to help them, noting that he would demur too.     | Pedro Alvarez
            And even so, the two of them tried to help.                         | Pedro Alvarez
            """)
    void pronounAfterEvenOpenedSubject(String sentence, String expected) {
        String text = "Summit.\n\n" + LEAD + sentence + "\n\n“It is not my job to comment on rivals,” he said.";
        List<Quote> quotes = new QuoteExtractor().extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
        Quote last = quotes.stream().filter(q -> q.text().startsWith("It is not my job")).findFirst().orElseThrow();
        assertThat(last.speaker().name()).isEqualTo(expected);
    }
}
