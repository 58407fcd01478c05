package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A fragment the direct detector holds back as a scare quote or an unintroduced title-like passage is listed as a
 * partial quote when a reported clause runs straight into its opening mark; with no such clause, with a clause
 * that stops short of the mark, or when it names a work by its surroundings, it stays dropped.
 */
class CarriedFragmentsTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private static List<String> partial(String text) {
        return EXTRACTOR.extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes().stream()
                .filter(q -> q.type() != QuoteType.INDIRECT).map(Quote::text).toList();
    }

    private static List<String> held(String text) {
        return new DirectQuoteDetector(new TextIndex(text), false).detectAll().held().stream()
                .map(f -> f.content().of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pier board members generally agree that bakers should pay “a lot” more in fees.                    | a lot
            Last spring the mayor of Dunmore backed a law that set up the “Pier Pride” plates for the lifeboats.   | Pier Pride
            The plan would be funded by requiring bakers to make a “fair” contribution to the pier fund.          | fair
            """)
    void aReportedClauseCarriesTheHeldFragment(String text, String fragment) {
        assertThat(held(text)).containsExactly(fragment);
        assertThat(partial(text)).containsExactly(fragment);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry board met over a “unity” breakfast at the pier on Monday.
            The orchard crew finished the “fruit audit” before the rain came.
            The council now seems intent on approving a one-year delay in the “Bridge Toll” for farmers.
            Tom Reyes said the ferry plan had moved on during Friday’s broadcast of Channel Nine’s “Harbour Hour.”
            """)
    void otherwiseItStaysDropped(String text) {
        assertThat(partial(text)).isEmpty();
    }
}
