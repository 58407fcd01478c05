package org.newsquotes.quote;

import org.newsquotes.web.ApiException;
import java.time.LocalDate;
import org.newsquotes.extraction.QuoteType;

/**
 * The quote search criteria, all optional: speaker name or alias, speaker id, words in the text, type,
 * quote date range (inclusive), article source, article id, lowest confidence (inclusive, in [0, 1]).
 */
public record QuoteFilter(String speaker, Long speakerId, String q, QuoteType type, LocalDate from, LocalDate to,
                          String source, Long articleId, Double minConfidence) {

    public static QuoteFilter none() {
        return new QuoteFilter(null, null, null, null, null, null, null, null, null);
    }

    /**
     * This filter narrowed to the article of the path; an {@code articleId} parameter naming another article is a
     * 400 (it was silently overridden, answering the path's article for a request that asked for another).
     */
    public QuoteFilter withArticle(long id) {
        requireSameOrAbsent("articleId", articleId, id, "article");
        return new QuoteFilter(speaker, speakerId, q, type, from, to, source, id, minConfidence);
    }

    /** This filter narrowed to the speaker of the path; a {@code speakerId} naming another speaker is a 400. */
    public QuoteFilter withSpeaker(long id) {
        requireSameOrAbsent("speakerId", speakerId, id, "speaker");
        return new QuoteFilter(speaker, id, q, type, from, to, source, articleId, minConfidence);
    }

    private static void requireSameOrAbsent(String name, Long given, long ofPath, String what) {
        if (given != null && given != ofPath) {
            throw ApiException.badParameter(name, "must be left out here, or be " + ofPath
                    + ", the " + what + " of the path");
        }
    }
}
