package org.newsquotes.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.QuoteExtractor;

/**
 * The service's door to the extraction engine. A bean of its own (not final) so that tests can swap in an
 * extractor with known output via {@code QuarkusMock}.
 */
@ApplicationScoped
public class ExtractionService {

    @Inject
    QuoteExtractor extractor;

    /** Runs the extraction pipeline on one article; no database access. */
    public Extraction extract(ArticleInput input) {
        return extractor.extract(input);
    }
}
