package org.newsquotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reported clause that runs straight into a partial quote is one mixed quote: the partial quote is listed
 * with the clause's speaker, cue and date, and the indirect quote is the whole reported clause, its unquoted
 * lead through the quote (the two overlap). A clause of its own before more words stays an indirect quote that
 * stops before the quote.
 */
class MixedQuotesTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static List<Quote> quotes(String text) {
        return EXTRACTOR.extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Harbour master Lena Ames said on Tuesday the ferry plan was “a trap for farmers.”' | a trap for farmers. | Lena Ames | said | 2022-01-11 | the ferry plan was “a trap for farmers.”
            'Former mayor Tom Reyes called the new bridge “a monument to vanity.”'             | a monument to vanity. | Tom Reyes | called | 2022-01-12 | the new bridge “a monument to vanity.”
            'Tom Reyes added that the council would “wait for the audit” before voting.'       | wait for the audit  | Tom Reyes | added  | 2022-01-12 | the council would “wait for the audit”
            """)
    void theQuoteCarriesTheClause(String text, String quote, String speaker, String cue, String date, String clause) {
        List<Quote> found = quotes(text);
        Quote q = found.stream().filter(x -> x.text().equals(quote)).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(QuoteType.PARTIAL);
        assertThat(q.speaker().name()).isEqualTo(speaker);
        assertThat(q.cue()).isEqualTo(cue);
        assertThat(String.valueOf(q.date().date())).isEqualTo(date);
        Quote reported = found.stream().filter(x -> x.type() == QuoteType.INDIRECT).findFirst().orElseThrow();
        assertThat(reported.text()).isEqualTo(clause);
        assertThat(reported.span().of(text)).isEqualTo(clause);
        assertThat(reported.span().contains(q.span())).isTrue();
        assertThat(reported.speaker().name()).isEqualTo(speaker);
        assertThat(reported.cue()).isEqualTo(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Lena Ames said costs will rise, and the ferry plan was “a trap.”' | costs will rise
            'Lena Ames said the ferry plan had failed: “It is a trap.”'        | the ferry plan had failed:
            """)
    void aClauseOfItsOwnStaysIndirect(String text, String content) {
        assertThat(quotes(text)).filteredOn(q -> q.type() == QuoteType.INDIRECT).extracting(Quote::text)
                .containsExactly(content);
    }
}
