package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Span;

/**
 * Finds reported speech without quotation marks ("Peskov said Wednesday that Russia saw ...",
 * "..., Greene said.", "according to senior U.S. officials"). Thread-safe.
 */
public final class IndirectQuoteDetector {

    /**
     * @param article the cleaned article (its {@code spun} flag says whether to read words through
     *                {@link org.newsquotes.extraction.clean.SpunText})
     * @param taken   spans already claimed by direct and partial quotes; indirect content must not overlap them
     * @return indirect candidates in text order
     */
    public List<QuoteCandidate> detect(CleanedArticle article, List<Span> taken) {
        return List.of();
    }
}
