package org.newsquotes.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;

/**
 * Ready only if the extractor works: runs it on a one-sentence probe article on the caller's thread (not the
 * pool, so a saturated pool does not flap readiness) and reports the pool's load as data. The database
 * check comes from Agroal ({@code quarkus.datasource.health.enabled}, on by default).
 */
@Readiness
@ApplicationScoped
public class ExtractorReadinessCheck implements HealthCheck {

    static final String NAME = "Quote extractor";
    private static final ArticleInput PROBE =
            ArticleInput.ofText("\"The service is ready,\" the operator said on Monday.", null);

    private final BoundedExtractor extractor;

    public ExtractorReadinessCheck(BoundedExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Extraction probe = extractor.extractor().extract(PROBE);
            return HealthCheckResponse.named(NAME).up()
                    .withData("probeQuotes", probe.quotes().size())
                    .withData("active", extractor.active())
                    .withData("queued", extractor.queued())
                    .build();
        } catch (RuntimeException | StackOverflowError e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
