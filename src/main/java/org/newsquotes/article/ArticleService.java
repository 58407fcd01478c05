package org.newsquotes.article;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.quote.QuoteRepository;
import org.newsquotes.speaker.SpeakerService;
import org.newsquotes.web.ApiException;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.PageView;

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
    private final IngestWriter writer;

    /** Counts every write, so that cached list pages are dropped (read-7: the response cache). */
    @jakarta.inject.Inject
    org.newsquotes.cache.DataVersion dataVersion;

    public ArticleService(ArticleRepository articles, QuoteRepository quotes, SpeakerService speakers,
                          ExtractionService extraction, IngestWriter writer) {
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
        this.extraction = extraction;
        this.writer = writer;
    }

    /** Extracts and stores one article, or returns the stored one with the same url or text. */
    public IngestResult ingest(ArticleSubmission submission) {
        Extraction extracted = extract(submission, "");
        String hash = ContentHash.of(extracted.article().text());
        return inRetriedTransaction(() -> {
            IngestWriter.Stored stored = writer.store(List.of(submission), List.of(extracted), List.of(hash)).get(0);
            return new IngestResult(ArticleViews.full(stored.article(), stored.quotes()), stored.created());
        }, IngestResult::created);
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
            return inRetriedTransaction(() -> {
                List<IngestWriter.Stored> stored = writer.store(submissions, extracted, hashes);
                List<BatchItem> items = new ArrayList<>();
                for (int i = 0; i < stored.size(); i++) {
                    IngestWriter.Stored s = stored.get(i);
                    items.add(new BatchItem(i, s.article().id, s.created(), s.quotes().size()));
                }
                return items;
            }, items -> items.stream().anyMatch(BatchItem::created));
        } finally {
            storingBatch.unlock();
        }
    }

    /**
     * Runs {@code work} in a new transaction, again after a unique-key conflict with a concurrent ingest.
     * The session flushes only at commit: lookups inside the ingest need not see unflushed changes (articles and
     * speakers stored by it are remembered by {@link IngestWriter}), an automatic flush before every query would
     * dirty-check every entity stored so far, and at commit all inserts go in JDBC batches. The data version
     * (and with it every cached page) moves only when {@code wrote} says the work stored something: ingesting an
     * article that is already stored empties no cache.
     */
    private <T> T inRetriedTransaction(java.util.concurrent.Callable<T> work, java.util.function.Predicate<T> wrote) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    articles.getEntityManager().setFlushMode(FlushModeType.COMMIT);
                    T result = work.call();
                    articles.flush(); // constraint conflicts surface here, inside the retried call
                    if (wrote.test(result)) {
                        dataVersion.bump(); // last statement: the counter row stays locked only until the commit
                    }
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
