package org.newsquotes.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The service's own Prometheus metrics (at {@code /q/metrics}):
 * <ul>
 *   <li>{@code quotes_extraction_duration_seconds} (timer with histogram): time to extract one article;</li>
 *   <li>{@code quotes_per_article} (distribution summary): quotes found per extracted article;</li>
 *   <li>{@code quotes_ingest_articles_total{outcome="created|duplicate"}}: articles ingested;</li>
 *   <li>{@code quotes_ingest_errors_total{type="..."}}: ingest failures by problem type (slug);</li>
 *   <li>{@code quotes_extraction_active}, {@code quotes_extraction_queued}: the extraction pool.</li>
 * </ul>
 * Tag values come from fixed sets (outcomes, problem slugs), so cardinality stays bounded.
 */
@ApplicationScoped
public class IngestMetrics {

    private static final String PREFIX = "urn:newsquotes:problem:";
    private final MeterRegistry registry;
    private final Timer extractionTime;
    private final DistributionSummary quotesPerArticle;
    private final Counter created;
    private final Counter duplicate;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.extractionTime = Timer.builder("quotes.extraction.duration")
                .description("Time to extract the quotes of one article").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        this.quotesPerArticle = DistributionSummary.builder("quotes.per.article")
                .description("Quotes found in one article")
                .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200)
                .register(registry);
        this.created = ingestCounter("created");
        this.duplicate = ingestCounter("duplicate");
    }

    /** One article extracted in {@code nanos}, with {@code quotes} quotes. */
    public void extracted(long nanos, int quotes) {
        extractionTime.record(nanos, TimeUnit.NANOSECONDS);
        quotesPerArticle.record(quotes);
    }

    /** A new article was stored. */
    public void created() {
        created.increment();
    }

    /** An article was already there; nothing was stored. */
    public void duplicate() {
        duplicate.increment();
    }

    /** An ingest failed with the given problem type (a URI or a bare slug). */
    public void error(String problemType) {
        Counter.builder("quotes.ingest.errors").description("Failed ingests by problem type")
                .tag("type", slug(problemType)).register(registry).increment();
    }

    void watchPool(ThreadPoolExecutor pool) {
        Gauge.builder("quotes.extraction.active", pool, ThreadPoolExecutor::getActiveCount)
                .description("Extractions running").register(registry);
        Gauge.builder("quotes.extraction.queued", pool, p -> p.getQueue().size())
                .description("Extractions waiting for a thread").register(registry);
    }

    private Counter ingestCounter(String outcome) {
        return Counter.builder("quotes.ingest.articles").description("Articles ingested, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    /** The last path segment of a problem type, bounded in length, so that tags stay few and short. */
    static String slug(String type) {
        if (type == null || type.isBlank()) {
            return "unknown";
        }
        String s = type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : type;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf(':'));
        s = cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < 48; i++) {
            char c = s.charAt(i);
            out.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
        }
        return out.length() == 0 ? "unknown" : out.toString();
    }
}
