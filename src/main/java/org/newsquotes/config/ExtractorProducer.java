package org.newsquotes.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.newsquotes.extraction.QuoteExtractor;

/** Makes the plain-Java, thread-safe extraction pipeline one application-wide bean. */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @ApplicationScoped
    QuoteExtractor quoteExtractor() {
        return new QuoteExtractor();
    }
}
