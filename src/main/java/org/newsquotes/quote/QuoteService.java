package org.newsquotes.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.newsquotes.article.ArticleRepository;
import org.newsquotes.article.ArticleViews;
import org.newsquotes.speaker.SpeakerRepository;
import org.newsquotes.web.ApiException;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.PageView;

/** Quote lookups and searches; read-only. */
@ApplicationScoped
public class QuoteService {

    private final QuoteRepository quotes;
    private final ArticleRepository articles;
    private final SpeakerRepository speakers;

    public QuoteService(QuoteRepository quotes, ArticleRepository articles, SpeakerRepository speakers) {
        this.quotes = quotes;
        this.articles = articles;
        this.speakers = speakers;
    }

    @Transactional
    public PageView<QuoteView> search(QuoteQuery query) {
        return search(query.filter(), query.sort(QuoteSort.NEWEST), query.page());
    }

    @Transactional
    public PageView<QuoteView> ofArticle(long articleId, QuoteQuery query, QuoteSort dflt) {
        QuoteFilter filter = query.filter();
        QuoteSort sort = query.sort(dflt);
        PageRequest page = query.page();
        if (articles.findById(articleId) == null) {
            throw ApiException.notFound("article", "id", articleId);
        }
        return search(filter.withArticle(articleId), sort, page);
    }

    @Transactional
    public PageView<QuoteView> ofSpeaker(long speakerId, QuoteQuery query) {
        QuoteFilter filter = query.filter();
        QuoteSort sort = query.sort(QuoteSort.NEWEST);
        PageRequest page = query.page();
        if (speakers.findById(speakerId) == null) {
            throw ApiException.notFound("speaker", "id", speakerId);
        }
        return search(filter.withSpeaker(speakerId), sort, page);
    }

    @Transactional
    public QuoteView get(long id) {
        QuoteEntity q = quotes.findById(id);
        if (q == null) {
            throw ApiException.notFound("quote", "id", id);
        }
        return QuoteViews.of(q, ArticleViews.ref(q.article));
    }

    private PageView<QuoteView> search(QuoteFilter filter, QuoteSort sort, PageRequest page) {
        List<QuoteView> items = quotes.search(filter, sort, page.offset(), page.pageSize()).stream()
                .map(q -> QuoteViews.of(q, ArticleViews.ref(q.article))).toList();
        return PageView.of(items, page, quotes.count(filter));
    }
}
