package org.newsquotes.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.ops.BoundedExtractor;

/**
 * The service's door to the extraction engine. A bean of its own (not final) so that tests can swap in an
 * extractor with known output via {@code QuarkusMock}.
 */
@ApplicationScoped
public class ExtractionService {

    @Inject
    BoundedExtractor extractor;

    /**
     * Runs the extraction pipeline on one article; no database access. Bounded in time and concurrency:
     * throws {@link org.newsquotes.ops.ExtractionRefusedException} (422/503 problem) when refused.
     */
    public Extraction extract(ArticleInput input) {
        return extractor.extract(input);
    }
}
