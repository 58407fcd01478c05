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

/**
 * "He sent a memo to the Post explaining …": the participle after the object of "to"/"for"/"at" shares the
 * subject of the verb before ("sent"), not a later verb in a subordinate clause.
 */
class SentObjectParticipleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            He sent a memo to the Post explaining his plan                 | sent
            Lee sent a short memo to the Daily Ledger on Friday explaining  | sent
            Lee wrote an essay for the Ledger arguing that                  | wrote
            Lee gave a speech at Hillcrest College warning that             | gave
            Lee read a letter from Ann Voss urging calm                     | NULL
            Lee sent a memo to the Post, explaining his plan                | NULL
            Lee spoke to reporters explaining his plan                      | NULL
            Lee sent a memo explaining his plan                             | NULL
            Lee sent a memo to the Post and explained his plan              | NULL
            """)
    void verbOfTheParticiple(String sentence, String expected) {
        List<Token> w = Tokenizer.tokenize(sentence, 0, sentence.length(), false);
        int c = 0;
        while (c < w.size() && !w.get(c).norm().endsWith("ing")) {
            c++;
        }
        int v = c < w.size() ? SentObjectParticiple.verbOf(w, c) : -1;
        assertThat(v < 0 ? null : w.get(v).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He sent a memo to the Post explaining his plan, which holds back money until the city council agreed to a payment of “$5 billion.” | Tom Okafor
            He sent a memo explaining his plan to hold back money until the city council agreed to a payment of “$5 billion.”                | Tom Okafor
            The city council agreed to a payment of “$5 billion.”                                                                             | The city council
            """)
    void partialQuoteGoesToTheSender(String sentence, String expected) {
        String text = "Wall.\n\nTom Okafor said he would make the neighbours pay. " + sentence;
        List<Quote> quotes = new QuoteExtractor().extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
        Quote q = quotes.stream().filter(x -> x.text().startsWith("$5")).findFirst().orElseThrow();
        assertThat(q.speaker().name()).isEqualTo(expected);
    }
}
