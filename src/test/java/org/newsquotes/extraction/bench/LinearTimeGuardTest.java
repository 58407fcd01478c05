package org.newsquotes.extraction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;

/**
 * Guards against super-linear behaviour of the whole pipeline on pathological input: each case runs at
 * 256 KB and at 8 times that (2 MB). The {@link Timeout} is a generous guard, not a benchmark: a quadratic
 * scanner would need minutes on 2 MB, a linear one well under a second per MB. Speed itself is measured
 * by {@link PipelineBenchmark}.
 */
class LinearTimeGuardTest {

    private static final int BASE = 256 * 1024;
    private final QuoteExtractor extractor = new QuoteExtractor();

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("unbalanced quote marks", (IntFunction<String>) n -> repeat("“Yes, ” she said “no ‘ \" « „ ", n)),
                Arguments.of("opening marks only", (IntFunction<String>) n -> repeat("“", n)),
                Arguments.of("no spaces", (IntFunction<String>) n -> repeat("abcdefghij.Said“Smith”,", n)),
                Arguments.of("one endless sentence", (IntFunction<String>) n -> repeat("the minister said that ", n)),
                Arguments.of("mojibake dense", (IntFunction<String>) n -> repeat("â€œÃ©â€†xÂ", n)),
                Arguments.of("blank lines", (IntFunction<String>) n -> repeat("\n \n", n)),
                Arguments.of("spun words", (IntFunction<String>) n -> repeat("helium said arsenic good arsenic ", n)),
                Arguments.of("date words", (IntFunction<String>) n -> repeat("said Tuesday on Jan. 10, 2022 in ", n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void plainTextFinishesAtOneAndEightTimesTheSize(String name, IntFunction<String> input) {
        for (int size : new int[] {BASE, 8 * BASE}) {
            check(extractor.extract(ArticleInput.ofText(input.apply(size), LocalDate.of(2022, 1, 12))));
        }
    }

    @ParameterizedTest(name = "{0} as HTML")
    @MethodSource("inputs")
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void htmlFinishesAtOneAndEightTimesTheSize(String name, IntFunction<String> input) {
        for (int size : new int[] {BASE, 8 * BASE}) {
            check(extractor.extract(ArticleInput.ofHtml("<p>" + input.apply(size) + "</p>", null)));
        }
    }

    private static void check(Extraction result) {
        int length = result.article().text().length();
        for (Quote q : result.quotes()) {
            assertThat(q.span().end()).isLessThanOrEqualTo(length);
        }
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(Math.max(1, size / unit.length()));
    }
}
