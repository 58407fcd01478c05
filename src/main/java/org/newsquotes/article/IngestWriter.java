package org.newsquotes.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Repair;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.quote.QuoteEntity;
import org.newsquotes.quote.QuoteRepository;
import org.newsquotes.speaker.KnownSpeakers;
import org.newsquotes.speaker.SpeakerService;
import org.newsquotes.web.Texts;

/**
 * Stores extracted articles inside the caller's ingest transaction with a fixed number of queries per request,
 * whatever the number of articles and quotes: two for the articles already stored (same text, same url), one for
 * the stored speakers of the new ones (with their aliases and roles), and the quotes of each article found
 * already stored. Everything else is persisted with sequence ids and written in JDBC batches at commit; a
 * concurrent ingest of the same article or speaker makes the commit fail on a unique key (the caller retries).
 */
@ApplicationScoped
public class IngestWriter {

    /** What storing one article gave: the article, its quotes, and whether it was stored now. */
    record Stored(ArticleEntity article, List<QuoteEntity> quotes, boolean created) {
    }

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final SpeakerService speakers;

    public IngestWriter(ArticleRepository articles, QuoteRepository quotes, SpeakerService speakers) {
        this.articles = articles;
        this.quotes = quotes;
        this.speakers = speakers;
    }

    /** Stores each article unless it is stored already (also earlier in the list); answers in order. */
    List<Stored> store(List<ArticleSubmission> submissions, List<Extraction> extracted, List<String> hashes) {
        List<String> urls = submissions.stream().map(s -> s.input().url()).filter(u -> u != null).distinct().toList();
        KnownArticles known = new KnownArticles(articles.findByUrlsOrHashes(urls, hashes.stream().distinct().toList()));
        List<Speaker> newSpeakers = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            if (known.find(submissions.get(i).input().url(), hashes.get(i)) == null) {
                newSpeakers.addAll(speakersOf(extracted.get(i)));
            }
        }
        KnownSpeakers knownSpeakers = speakers.preload(newSpeakers);
        List<Stored> stored = new ArrayList<>(submissions.size());
        for (int i = 0; i < submissions.size(); i++) {
            KnownArticles.Known existing = known.find(submissions.get(i).input().url(), hashes.get(i));
            if (existing != null) {
                List<QuoteEntity> q = existing.quotes() != null ? existing.quotes() : quotes.findByArticle(existing.article().id);
                stored.add(new Stored(existing.article(), q, false));
            } else {
                Stored s = storeNew(submissions.get(i), extracted.get(i), hashes.get(i), knownSpeakers);
                known.add(s.article(), s.quotes());
                stored.add(s);
            }
        }
        return stored;
    }

    private Stored storeNew(ArticleSubmission s, Extraction e, String hash, KnownSpeakers known) {
        ArticleEntity article = newArticle(s, e.article(), hash);
        articles.persist(article); // takes its id from the sequence: the speakers' merge keys need it
        List<QuoteEntity> stored = new ArrayList<>();
        for (Quote q : distinctBySpan(e.quotes())) {
            QuoteEntity quote = newQuote(article, q, known);
            quotes.persist(quote);
            stored.add(quote);
        }
        return new Stored(article, stored, true);
    }

    private static List<Speaker> speakersOf(Extraction e) {
        return e.quotes().stream().map(Quote::speaker).filter(sp -> sp != null && sp.name() != null).toList();
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

    private QuoteEntity newQuote(ArticleEntity article, Quote q, KnownSpeakers known) {
        QuoteEntity e = new QuoteEntity();
        e.article = article;
        e.speaker = q.speaker() == null || q.speaker().name() == null ? null
                : speakers.resolve(q.speaker(), q.role(), article.id, known);
        e.text = q.text() == null ? "" : q.text();
        e.normalizedText = q.normalizedText();
        e.type = q.type() == null ? QuoteType.DIRECT : q.type();
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
        return e;
    }

    /** Quotes in text order, one per span (the first wins), skipping any without a span. */
    private static List<Quote> distinctBySpan(List<Quote> found) {
        Map<Span, Quote> bySpan = new LinkedHashMap<>();
        found.stream().filter(q -> q.span() != null).sorted((a, b) -> a.span().compareTo(b.span()))
                .forEach(q -> bySpan.putIfAbsent(q.span(), q));
        return List.copyOf(bySpan.values());
    }
}
