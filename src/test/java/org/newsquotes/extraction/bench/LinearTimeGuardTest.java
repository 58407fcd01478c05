package org.newsquotes.extraction.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * 256 KB and at 8 times that (2 MB). For plain text, after a short warm-up run (32 KB), the CPU time at 2 MB must stay
 * under 24 times that at 256 KB (linear growth is 8x, quadratic 64x). The {@link Timeout} is a generous guard,
 * not a benchmark: a quadratic scanner would need minutes on 2 MB, a linear one well under a second per MB.
 * Speed itself is measured by {@link PipelineBenchmark}.
 */
class LinearTimeGuardTest {

    private static final int BASE = 256 * 1024;
    /** Allowed growth of CPU time from 1x to 8x the size: 8 when linear, 64 when quadratic; slack for GC/JIT. */
    private static final long MAX_GROWTH = 24;
    /** Below this the base run is too short to time reliably. */
    private static final long MIN_BASE_NANOS = 20_000_000L;
    private final QuoteExtractor extractor = new QuoteExtractor();

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("unbalanced quote marks", (IntFunction<String>) n -> repeat("“Yes, ” she said “no ‘ \" « „ ", n)),
                Arguments.of("opening marks only", (IntFunction<String>) n -> repeat("“", n)),
                Arguments.of("doubled apostrophes", (IntFunction<String>) n -> repeat("''Yes,'' she said ''no ' ''' ", n)),
                Arguments.of("no spaces", (IntFunction<String>) n -> repeat("abcdefghij.Said“Smith”,", n)),
                Arguments.of("one endless sentence", (IntFunction<String>) n -> repeat("the minister said that ", n)),
                Arguments.of("mojibake dense", (IntFunction<String>) n -> repeat("â€œÃ©â€†xÂ", n)),
                Arguments.of("blank lines", (IntFunction<String>) n -> repeat("\n \n", n)),
                Arguments.of("spun words", (IntFunction<String>) n -> repeat("helium said arsenic good arsenic ", n)),
                Arguments.of("one-word named subjects", (IntFunction<String>) n -> repeat("Lee went home. ", n)),
                Arguments.of("date words", (IntFunction<String>) n -> repeat("said Tuesday on Jan. 10, 2022 in ", n)),
                Arguments.of("paragraphs without spaces", (IntFunction<String>) n -> repeat("a“b”\n\n", n)),
                Arguments.of("one colon over a bulleted list", (IntFunction<String>) n -> "Lee wrote:\n\n"
                        + repeat("- a “b” c\n\n", n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void plainTextFinishesAtOneAndEightTimesTheSize(String name, IntFunction<String> input) {
        extractor.extract(ArticleInput.ofText(input.apply(BASE / 8), LocalDate.of(2022, 1, 12)));
        long[] cpu = new long[2];
        int k = 0;
        for (int size : new int[] {BASE, 8 * BASE}) {
            String text = input.apply(size);
            long t0 = cpuNanos();
            check(extractor.extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))));
            cpu[k++] = cpuNanos() - t0;
        }
        assertThat(cpu[1])
                .as("CPU time at 8x the size (%d ms) against 1x (%d ms): linear is about 8x, quadratic 64x",
                        cpu[1] / 1_000_000, cpu[0] / 1_000_000)
                .isLessThan(MAX_GROWTH * Math.max(cpu[0], MIN_BASE_NANOS));
    }

    /** CPU time of this thread (less sensitive to other load than wall time); wall time if unsupported. */
    private static long cpuNanos() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : System.nanoTime();
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
