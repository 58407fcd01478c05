package org.newsquotes.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.security.LimitsConfig;

/** The refusals of {@link BoundedExtractor}; a latch, not a clock, decides how long the task "takes". */
class BoundedExtractorTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final IngestMetrics metrics = new IngestMetrics(registry);

    @AfterEach
    void release() {
        release.countDown();
    }

    @Test
    void returnsTheExtractionAndRecordsMetrics() {
        BoundedExtractor bounded = new BoundedExtractor(limits(Duration.ofMinutes(1), 1, 1), metrics, null);
        Extraction e = bounded.extract(ArticleInput.ofText("\"We will act,\" the minister said.", null));
        assertThat(e.article().text()).contains("We will act");
        assertThat(registry.get("quotes.extraction.duration").timer().count()).isEqualTo(1);
        assertThat(registry.get("quotes.per.article").summary().count()).isEqualTo(1);
    }

    @Test
    void refusesAnExtractionThatDoesNotFinishInTime() {
        BoundedExtractor bounded = new BoundedExtractor(limits(Duration.ofMillis(20), 1, 1), metrics, this::blocked);
        assertThatThrownBy(() -> bounded.extract(ArticleInput.ofText("x", null)))
                .isInstanceOfSatisfying(ExtractionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtractionRefusedException.Reason.TIMEOUT));
        assertThat(registry.get("quotes.ingest.errors").tag("type", "extraction-timeout").counter().count())
                .isEqualTo(1);
    }

    @Test
    void refusesWhenThreadsAndQueueAreFull() throws Exception {
        BoundedExtractor bounded = new BoundedExtractor(limits(Duration.ofMinutes(5), 1, 1), metrics, this::blocked);
        Thread running = new Thread(() -> bounded.extract(ArticleInput.ofText("runs", null)));
        running.start();
        while (bounded.active() < 1) {
            Thread.onSpinWait();
        }
        Thread waiting = new Thread(() -> bounded.extract(ArticleInput.ofText("waits", null)));
        waiting.start();
        while (bounded.queued() < 1) {
            Thread.onSpinWait();
        }
        assertThatThrownBy(() -> bounded.extract(ArticleInput.ofText("refused", null)))
                .isInstanceOfSatisfying(ExtractionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ExtractionRefusedException.Reason.BUSY));
        release.countDown();
        running.join();
        waiting.join();
        assertThat(registry.get("quotes.ingest.errors").tag("type", "extraction-busy").counter().count())
                .isEqualTo(1);
    }

    private Extraction blocked(ArticleInput input) {
        try {
            release.await();
        } catch (InterruptedException e) {
            // the extractor ignores interrupts; so does this stand-in, to model the worst case
            try {
                release.await();
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        }
        return new Extraction(new CleanedArticle("x", null, null, List.of(), null, List.of(), 0, false), List.of());
    }

    private static LimitsConfig limits(Duration timeout, int threads, int queue) {
        return new LimitsConfig() {
            public int maxTextChars() { return 2_000_000; }
            public int maxParamLength() { return 200; }
            public int maxQueryLength() { return 4096; }
            public int maxPathLength() { return 1024; }
            public int maxJsonNesting() { return 32; }
            public Duration extractionTimeout() { return timeout; }
            public Optional<Integer> extractionThreads() { return Optional.of(threads); }
            public int extractionQueue() { return queue; }
        };
    }
}
