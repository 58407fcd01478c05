package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;

/**
 * Large pathological articles (2 MB of unbalanced quote marks, no spaces, one endless sentence, many
 * multi-paragraph quote openers, a dangling tag) are handled and give spans inside the text. Not timed:
 * throughput is measured by the benchmark; the work per quote is bounded by its sentence by construction.
 */
class PathologicalInputTest {

    private static final int SIZE = 2_000_000;

    private static String repeat(String unit) {
        StringBuilder sb = new StringBuilder(SIZE + unit.length());
        while (sb.length() < SIZE) {
            sb.append(unit);
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"“", "\"", "“a ”b “c ", "abcdefghij", "word said “x ", "“para\n\n", "<tag a=\"",
            "Smith said, “", "He said she ", ". ", "’s ‘x’ "})
    void handlesTwoMegabytes(String unit) {
        String text = repeat(unit);
        List<Quote> quotes = new QuoteExtractor().extract(ArticleInput.ofText(text, null)).quotes();
        for (Quote q : quotes) {
            assertThat(q.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(q.confidence()).isBetween(0.0, 1.0);
        }
    }
}
