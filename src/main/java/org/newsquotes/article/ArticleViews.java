package org.newsquotes.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.quote.QuoteEntity;
import org.newsquotes.quote.QuoteView;
import org.newsquotes.quote.QuoteViews;

/** Maps articles (stored or freshly extracted) to their API records. */
public final class ArticleViews {

    private ArticleViews() {
    }

    public static ArticleRef ref(ArticleEntity a) {
        return ref(a.id, a.title, a.source, a.url, a.publishedDate, a.publishedAt);
    }

    /** The short form from the stored columns (quote lists read these without loading the article). */
    public static ArticleRef ref(Long id, String title, String source, String url, LocalDate publishedDate,
                                 Instant publishedAt) {
        return new ArticleRef(id, title, source, url, published(publishedDate, publishedAt));
    }

    public static ArticleSummary summary(ArticleEntity a, long quoteCount) {
        return new ArticleSummary(a.id, a.title, a.url, a.source, published(a.publishedDate, a.publishedAt),
                a.language, List.copyOf(a.authors), a.dateline, repairs(a), a.spunScore, a.spun, a.contentHash,
                a.ingestedAt, quoteCount);
    }

    public static ArticleView full(ArticleEntity a, List<QuoteEntity> quotes) {
        ArticleRef ref = ref(a);
        List<QuoteView> views = quotes.stream().map(q -> QuoteViews.of(q, ref)).toList();
        return new ArticleView(a.id, a.title, a.url, a.source, ref.publishedAt(), a.language, List.copyOf(a.authors),
                a.dateline, repairs(a), a.spunScore, a.spun, a.contentHash, a.ingestedAt, views.size(), a.text, views);
    }

    /** What {@code POST /articles} would store, without storing it. */
    public static ArticleView unsaved(ArticleSubmission s, Extraction e, String hash) {
        CleanedArticle c = e.article();
        String title = s.input().title() != null ? s.input().title() : c.title();
        LocalDate date = s.input().publishedAt() != null ? s.input().publishedAt() : c.publishedAt();
        String published = published(date, s.publishedAt());
        ArticleRef ref = new ArticleRef(null, title, s.input().source(), s.input().url(), published);
        List<QuoteView> quotes = e.quotes().stream().map(q -> QuoteViews.of(q, ref)).toList();
        List<RepairView> repairs = c.repairs().stream().map(r -> new RepairView(r.kind(), r.count(), r.detail())).toList();
        return new ArticleView(null, title, s.input().url(), s.input().source(), published, s.input().language(),
                c.authors(), c.dateline(), repairs, c.spunScore(), c.spun(), hash, null, quotes.size(), c.text(), quotes);
    }

    /** The publication date-time (UTC, RFC 3339) when known, else the date, else null. */
    static String published(LocalDate date, Instant instant) {
        if (instant != null) {
            return instant.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        return date == null ? null : date.toString();
    }

    private static List<RepairView> repairs(ArticleEntity a) {
        return a.repairs.stream().map(r -> new RepairView(r.kind, r.count, r.detail)).toList();
    }
}
