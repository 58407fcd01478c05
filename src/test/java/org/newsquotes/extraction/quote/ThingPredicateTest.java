package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/** A name whose "be" predicate names an event or a place is no person and no antecedent for "he". */
class ThingPredicateTest {

    /** Whether the predicate after the first word run (the name, ending at {@code nameWords}) is a thing. */
    private static boolean follows(String sentence, int nameWords) {
        List<Token> b = Tokenizer.tokenize(sentence, 0, sentence.length(), false);
        return ThingPredicate.follows(b, nameWords);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Oak Ridge wasn’t just a regional disaster, but a warning  | 2 | true
            Oak Ridge was not only a tragedy for the town               | 2 | true
            Glen Cove is a small town on the coast                      | 2 | true
            Harbor Point became a battleground                          | 2 | true
            Dale Voss is a state senator                                | 2 | false
            Dale Voss was a member of the town board                    | 2 | false
            Dale Voss was born in a small town                          | 2 | false
            Dale Voss is a Democrat                                     | 2 | false
            Dale Voss wasn’t just a nurse, but a friend                 | 2 | false
            Dale Voss visited the town                                  | 2 | false
            Dale Voss was devastated by the tragedy                     | 2 | false
            """)
    void eventOrPlacePredicate(String sentence, int nameWords, boolean expected) {
        assertThat(follows(sentence, nameWords)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In that sense, Oak Ridge wasn’t just a regional disaster, but a warning.        | Sam Ortiz
            In that sense, Harbor Point became a battleground for him.                      | Sam Ortiz
            In that sense, Dale Voss wasn’t just a rival, but a partner.                    | Dale Voss
            """)
    void pronounSkipsAThing(String sentence, String expected) {
        String text = "Rally.\n\nSen. Sam Ortiz followed up: “Budgets are tight this year,” he said.\n\n"
                + sentence + " “It felt different this time,” he added.";
        List<Quote> quotes = new QuoteExtractor().extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
        Quote last = quotes.stream().filter(q -> q.text().startsWith("It felt")).findFirst().orElseThrow();
        assertThat(last.speaker().name()).isEqualTo(expected);
    }
}
