package org.newsquotes.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.quote.QuoteEntity;

/**
 * The articles one ingest transaction has to dedupe against, by url and by content hash: those already stored
 * (loaded in one query for the whole request) and those stored by this transaction, which are not in the
 * database until the commit flushes them. A url match wins over a content-hash match, as in a lookup by url
 * first and by hash second.
 */
final class KnownArticles {

    /** A known article; {@code quotes} is null for one loaded from the database (read them when needed). */
    record Known(ArticleEntity article, List<QuoteEntity> quotes) {
    }

    private final Map<String, Known> byUrl = new HashMap<>();
    private final Map<String, Known> byHash = new HashMap<>();

    KnownArticles(List<ArticleEntity> stored) {
        stored.forEach(a -> add(a, null));
    }

    /** The article stored with this url, or else with this content hash; null when none. */
    Known find(String url, String hash) {
        Known known = url == null ? null : byUrl.get(url);
        return known != null ? known : byHash.get(hash);
    }

    void add(ArticleEntity article, List<QuoteEntity> quotes) {
        Known known = new Known(article, quotes);
        if (article.url != null) {
            byUrl.putIfAbsent(article.url, known);
        }
        byHash.putIfAbsent(article.contentHash, known);
    }
}
