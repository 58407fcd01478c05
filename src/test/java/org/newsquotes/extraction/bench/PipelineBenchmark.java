package org.newsquotes.extraction.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.QuoteExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of the whole pipeline, {@code new QuoteExtractor().extract(...)}, over a fixed corpus of
 * synthetic news-like articles ({@link SyntheticArticles}) on one thread. One operation extracts every
 * article of the corpus once; {@link PipelineBenchmarkMain} turns operations per second into MB of text per
 * second per core (UTF-8 bytes of the article texts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PipelineBenchmark {

    /** Articles in the corpus (plus the seed articles). */
    public static final int ARTICLES = 200;
    static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 12);

    private List<ArticleInput> corpus;
    private QuoteExtractor extractor;
    private long bytes;
    private long operations;
    private long cpuAtStart;

    /** UTF-8 bytes of one pass over the corpus. */
    public static long corpusBytes() {
        long bytes = 0;
        for (String text : SyntheticArticles.generate(ARTICLES)) {
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    @Setup
    public void setUp() {
        corpus = SyntheticArticles.generate(ARTICLES).stream().map(t -> ArticleInput.ofText(t, PUBLISHED)).toList();
        extractor = new QuoteExtractor();
        bytes = corpusBytes();
    }

    /** Runs on the benchmark thread (one thread): notes its CPU time at the start of each iteration. */
    @Setup(Level.Iteration)
    public void startIteration() {
        operations = 0;
        cpuAtStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Prints the iteration's throughput per CPU-second of the benchmark thread: unlike the wall-clock score,
     * it hardly moves when other processes share the cores.
     */
    @TearDown(Level.Iteration)
    public void endIteration() {
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        System.out.printf(" [%.2f MB per CPU-second of the benchmark thread]", operations * bytes / 1e6 / cpuSeconds);
    }

    @Benchmark
    public void extractCorpus(Blackhole hole) {
        for (ArticleInput article : corpus) {
            hole.consume(extractor.extract(article));
        }
        operations++;
    }
}
