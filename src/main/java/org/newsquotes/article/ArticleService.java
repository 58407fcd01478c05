package org.newsquotes.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.Repair;
import org.newsquotes.extraction.Span;
import org.newsquotes.quote.QuoteEntity;
import org.newsquotes.quote.QuoteRepository;
import org.newsquotes.speaker.SpeakerEntity;
import org.newsquotes.speaker.SpeakerService;
import org.newsquotes.web.ApiException;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.PageView;
import org.newsquotes.web.Texts;

/**
 * Ingests, reads, lists and deletes articles. Extraction runs outside any transaction; storing an article,
 * its speakers and quotes is one transaction (all or nothing). An article is stored once: the same url, or
 * without a url the same cleaned text (content hash), returns the stored one. A unique-key conflict with a
 * concurrent ingest is retried, and then finds the winner's article.
 */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);
    private static final int ATTEMPTS = 6;

    /**
     * Batches are stored one at a time per instance (their extraction still runs concurrently): two batches
     * creating the same new speakers in different orders deadlock in the database, which costs the deadlock
     * timeout and a retry of a whole batch. Conflicts with other instances are still retried.
     */
    private final ReentrantLock storingBatch = new ReentrantLock(true);

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final SpeakerService speakers;
    private final ExtractionService extraction;

    /** Counts every write, so that cached list pages are dropped (read-7: the response cache). */
    @jakarta.inject.Inject
    org.newsquotes.cache.DataVersion dataVersion;

    public ArticleService(ArticleRepository articles, QuoteRepository quotes, SpeakerService speakers,
                          ExtractionService extraction) {
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
        this.extraction = extraction;
    }

    /** Extracts and stores one article, or returns the stored one with the same url or text. */
    public IngestResult ingest(ArticleSubmission submission) {
        Extraction extracted = extract(submission, "");
        String hash = ContentHash.of(extracted.article().text());
        return inRetriedTransaction(() -> {
            Map<String, SpeakerEntity> known = speakers.preload(speakersOf(extracted));
            Stored stored = store(submission, extracted, hash, known);
            return new IngestResult(ArticleViews.full(stored.article(), stored.quotes()), stored.created());
        });
    }

    /**
     * Extracts and stores several articles in one transaction (all or nothing); each is stored once, as by
     * {@link #ingest}, also when it occurs twice in the batch. Answers what happened to each, in order.
     * A bad article is a 400 naming its index ({@code [3].text}); nothing is stored then.
     */
    public List<BatchItem> ingestBatch(List<ArticleSubmission> submissions) {
        List<Extraction> extracted = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Extraction e = extract(submissions.get(i), "[" + i + "].");
            extracted.add(e);
            hashes.add(ContentHash.of(e.article().text()));
        }
        storingBatch.lock(); // see the field
        try {
            return storeBatch(submissions, extracted, hashes);
        } finally {
            storingBatch.unlock();
        }
    }

    private List<BatchItem> storeBatch(List<ArticleSubmission> submissions, List<Extraction> extracted, List<String> hashes) {
        return inRetriedTransaction(() -> {
            List<org.newsquotes.extraction.Speaker> all = new ArrayList<>();
            extracted.forEach(e -> all.addAll(speakersOf(e)));
            Map<String, SpeakerEntity> known = speakers.preload(all);
            List<BatchItem> items = new ArrayList<>();
            for (int i = 0; i < submissions.size(); i++) {
                Stored stored = store(submissions.get(i), extracted.get(i), hashes.get(i), known);
                items.add(new BatchItem(i, stored.article().id, stored.created(), stored.quotes().size()));
            }
            return items;
        });
    }

    /**
     * Runs {@code work} in a new transaction, again after a unique-key conflict with a concurrent ingest.
     * The session flushes only at commit: lookups inside the ingest need not see unflushed changes (speakers
     * come from the map, inserts with database-generated ids are written at once), and an automatic flush
     * before every query would dirty-check every entity stored so far.
     */
    private <T> T inRetriedTransaction(java.util.concurrent.Callable<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    articles.getEntityManager().setFlushMode(FlushModeType.COMMIT);
                    T result = work.call();
                    articles.flush(); // constraint conflicts surface here, inside the retried call
                    dataVersion.bump(); // last statement: the counter row stays locked only until the commit
                    return result;
                });
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !IngestConflicts.isRetryable(e)) {
                    throw e;
                }
                LOG.debugf("ingest conflicted with a concurrent one (attempt %d); retrying", attempt);
                IngestConflicts.pause(attempt);
            }
        }
    }

    private static List<org.newsquotes.extraction.Speaker> speakersOf(Extraction e) {
        return e.quotes().stream().map(Quote::speaker).filter(sp -> sp != null && sp.name() != null).toList();
    }

    /** What {@link #ingest} would store, without storing anything. */
    public ArticleView preview(ArticleSubmission submission) {
        Extraction extracted = extract(submission, "");
        return ArticleViews.unsaved(submission, extracted, ContentHash.of(extracted.article().text()));
    }

    @Transactional
    public ArticleView get(long id) {
        ArticleEntity a = find(id);
        return ArticleViews.full(a, quotes.findByArticle(id));
    }

    @Transactional
    public PageView<ArticleSummary> list(String source, LocalDate from, LocalDate to, boolean newestFirst,
                                         PageRequest page) {
        List<ArticleEntity> found = articles.search(source, from, to, newestFirst, page.offset(), page.pageSize());
        Map<Long, Long> counts = quotes.countsByArticle(found.stream().map(a -> a.id).toList());
        List<ArticleSummary> items = found.stream().map(a -> ArticleViews.summary(a, counts.getOrDefault(a.id, 0L))).toList();
        return PageView.of(items, page, articles.count(source, from, to));
    }

    /** Deletes an article with its quotes, and the speakers left without any quote. */
    @Transactional
    public void delete(long id) {
        ArticleEntity a = find(id);
        List<Long> speakerIds = quotes.speakerIdsOfArticle(id);
        quotes.deleteByArticle(id);
        speakers.removeOrphans(speakerIds);
        articles.delete(a);
        dataVersion.bump();
    }

    /** The article with this id, or a 404. */
    public ArticleEntity find(long id) {
        ArticleEntity a = articles.findById(id);
        if (a == null) {
            throw ApiException.notFound("article", "id", id);
        }
        return a;
    }

    @Transactional
    public long count() {
        return articles.count();
    }

    /** Extracts one article; {@code fieldPrefix} ("[3].") names it in a batch's errors. */
    private Extraction extract(ArticleSubmission submission, String fieldPrefix) {
        Extraction extracted = extraction.extract(submission.input());
        String text = extracted.article().text();
        if (text == null || text.isBlank()) {
            String field = submission.input().html() != null ? "html" : "text";
            throw ApiException.badBody(fieldPrefix + field, "contains no article text");
        }
        return extracted;
    }

    /** What storing one article gave: the article, its quotes, and whether it was stored now. */
    private record Stored(ArticleEntity article, List<QuoteEntity> quotes, boolean created) {
    }

    private Stored store(ArticleSubmission s, Extraction e, String hash, Map<String, SpeakerEntity> known) {
        Optional<ArticleEntity> existing = existing(s.input().url(), hash);
        if (existing.isPresent()) {
            ArticleEntity a = existing.get();
            return new Stored(a, quotes.findByArticle(a.id), false);
        }
        ArticleEntity article = newArticle(s, e.article(), hash);
        articles.persist(article);
        List<QuoteEntity> stored = new ArrayList<>();
        for (Quote q : distinctBySpan(e.quotes())) {
            stored.add(newQuote(article, q, known));
        }
        return new Stored(article, stored, true);
    }

    private Optional<ArticleEntity> existing(String url, String hash) {
        Optional<ArticleEntity> byUrl = url == null ? Optional.empty() : articles.findByUrl(url);
        return byUrl.isPresent() ? byUrl : articles.findByContentHash(hash);
    }

    private static ArticleEntity newArticle(ArticleSubmission s, CleanedArticle c, String hash) {
        ArticleEntity a = new ArticleEntity();
        a.title = Texts.clip(s.input().title() != null ? s.input().title() : c.title(), 1000);
        a.url = s.input().url();
        a.source = s.input().source();
        a.publishedDate = s.input().publishedAt() != null ? s.input().publishedAt() : c.publishedAt();
        a.publishedAt = s.publishedAt() == null ? null : s.publishedAt().truncatedTo(ChronoUnit.MICROS);
        a.language = s.input().language();
        a.dateline = Texts.clip(c.dateline(), 300);
        a.text = c.text();
        a.contentHash = hash;
        a.spunScore = c.spunScore();
        a.spun = c.spun();
        a.ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        c.authors().stream().filter(n -> n != null && !n.isBlank()).limit(50)
                .forEach(n -> a.authors.add(Texts.clip(n.strip(), 300)));
        for (Repair r : c.repairs()) {
            a.repairs.add(new RepairValue(Texts.clip(r.kind(), 60), r.count(), Texts.clip(r.detail(), 1000)));
        }
        return a;
    }

    private QuoteEntity newQuote(ArticleEntity article, Quote q, Map<String, SpeakerEntity> known) {
        QuoteEntity e = new QuoteEntity();
        e.article = article;
        e.speaker = q.speaker() == null || q.speaker().name() == null ? null
                : speakers.resolve(q.speaker(), q.role(), article.id, known);
        e.text = q.text() == null ? "" : q.text();
        e.normalizedText = q.normalizedText();
        e.type = q.type() == null ? org.newsquotes.extraction.QuoteType.DIRECT : q.type();
        e.speakerMention = q.speaker() == null ? null : Texts.clip(q.speaker().mention(), 300);
        e.role = Texts.clip(q.role(), 500);
        e.cue = Texts.clip(q.cue(), 300);
        if (q.date() != null) {
            e.date = q.date().date();
            e.datePrecision = q.date().precision();
            e.dateText = Texts.clip(q.date().text(), 300);
        }
        e.spanStart = q.span().start();
        e.spanEnd = q.span().end();
        e.context = q.context();
        e.confidence = Math.max(0.0, Math.min(1.0, Double.isNaN(q.confidence()) ? 0.0 : q.confidence()));
        quotes.persist(e);
        return e;
    }

    /** Quotes in text order, one per span (the first wins), skipping any without a span. */
    private static List<Quote> distinctBySpan(List<Quote> found) {
        Map<Span, Quote> bySpan = new LinkedHashMap<>();
        found.stream().filter(q -> q.span() != null).sorted((a, b) -> a.span().compareTo(b.span()))
                .forEach(q -> bySpan.putIfAbsent(q.span(), q));
        return List.copyOf(bySpan.values());
    }

    static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
