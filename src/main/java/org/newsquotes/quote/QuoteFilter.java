package org.newsquotes.quote;

import java.time.LocalDate;
import org.newsquotes.extraction.QuoteType;

/**
 * The quote search criteria, all optional: speaker name or alias, speaker id, words in the text, type,
 * quote date range (inclusive), article source, article id.
 */
public record QuoteFilter(String speaker, Long speakerId, String q, QuoteType type, LocalDate from, LocalDate to,
                          String source, Long articleId) {

    public static QuoteFilter none() {
        return new QuoteFilter(null, null, null, null, null, null, null, null);
    }

    public QuoteFilter withArticle(long id) {
        return new QuoteFilter(speaker, speakerId, q, type, from, to, source, id);
    }

    public QuoteFilter withSpeaker(long id) {
        return new QuoteFilter(speaker, id, q, type, from, to, source, articleId);
    }
}
