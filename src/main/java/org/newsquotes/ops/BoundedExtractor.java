package org.newsquotes.ops;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.QuoteExtractor;
import org.newsquotes.security.LimitsConfig;

/**
 * Runs the {@link QuoteExtractor} on a bounded pool with a per-article time limit
 * ({@code quotes.limits.extraction-timeout}, {@code extraction-threads}, {@code extraction-queue}).
 * Callers (ingest, extract) get the {@link Extraction}, or an {@link ExtractionRefusedException}: timeout (422)
 * or pool and queue full (503). Records extraction time and quotes per article in {@link IngestMetrics}.
 *
 * <p>Limit: a timed-out extraction is interrupted, but the plain-Java extractor does not check for
 * interrupts, so its thread stays busy until the extraction ends; the bounded pool keeps such runaways from
 * taking more than {@code extraction-threads} cores, and new work is refused meanwhile.
 */
@ApplicationScoped
public class BoundedExtractor {

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final Function<ArticleInput, Extraction> task;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;
    private final IngestMetrics metrics;

    @Inject
    public BoundedExtractor(LimitsConfig limits, IngestMetrics metrics) {
        this(limits, metrics, null);
    }

    /** For tests: runs {@code task} instead of the real extractor. */
    BoundedExtractor(LimitsConfig limits, IngestMetrics metrics, Function<ArticleInput, Extraction> task) {
        this.task = task == null ? extractor::extract : task;
        int threads = Math.max(1, limits.extractionThreads().orElse(Runtime.getRuntime().availableProcessors()));
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, limits.extractionQueue())), daemonThreads(),
                new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.timeout = limits.extractionTimeout();
        this.metrics = metrics;
        metrics.watchPool(pool);
    }

    /** Extracts one article within the time limit; see the class comment for the refusals. */
    public Extraction extract(ArticleInput input) {
        long start = System.nanoTime();
        Future<Extraction> future = submit(input);
        try {
            Extraction extraction = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            metrics.extracted(System.nanoTime() - start, extraction.quotes().size());
            return extraction;
        } catch (TimeoutException e) {
            future.cancel(true);
            pool.remove((Runnable) future); // a task that never started frees its queue slot
            throw refused(ExtractionRefusedException.timedOut(timeout));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw refused(ExtractionRefusedException.busy(timeout));
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** The extractor itself, for a cheap synchronous probe (health check). */
    QuoteExtractor extractor() {
        return extractor;
    }

    /** Running extractions, for the health check's data. */
    int active() {
        return pool.getActiveCount();
    }

    /** Waiting extractions, for the health check's data. */
    int queued() {
        return pool.getQueue().size();
    }

    private Future<Extraction> submit(ArticleInput input) {
        try {
            return pool.submit(() -> task.apply(input));
        } catch (RejectedExecutionException e) {
            throw refused(ExtractionRefusedException.busy(timeout));
        }
    }

    private ExtractionRefusedException refused(ExtractionRefusedException e) {
        metrics.error(e.slug());
        return e;
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("extraction failed", cause);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "quote-extraction-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}
