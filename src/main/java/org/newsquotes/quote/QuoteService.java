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

    /**
     * Quote totals are counted up to this many matches (except for one speaker's or one article's quotes, counted
     * exactly) (or to the end of the requested page, if further);
     * beyond it the total is reported as a lower bound ({@code totalExact: false}). An exact count of a common
     * word over a million quotes costs far more than the page itself.
     */
    public static final long COUNT_LIMIT = 10_000;

    private final QuoteRepository quotes;
    private final ArticleRepository articles;
    private final SpeakerRepository speakers;

    public QuoteService(QuoteRepository quotes, ArticleRepository articles, SpeakerRepository speakers) {
        this.quotes = quotes;
        this.articles = articles;
        this.speakers = speakers;
    }

    /** One page of the quotes matching {@code filter} (parameters already validated). */
    @Transactional
    public PageView<QuoteView> search(QuoteFilter filter, QuoteSort sort, PageRequest page) {
        return page(filter, sort, page);
    }

    @Transactional
    public PageView<QuoteView> ofArticle(long articleId, QuoteQuery query, QuoteSort dflt) {
        QuoteFilter filter = query.filter();
        QuoteSort sort = query.sort(dflt);
        PageRequest page = query.page();
        if (articles.findById(articleId) == null) {
            throw ApiException.notFound("article", "id", articleId);
        }
        return page(filter.withArticle(articleId), sort, page);
    }

    /** One page of a speaker's quotes matching {@code filter} (parameters already validated), or a 404. */
    @Transactional
    public PageView<QuoteView> ofSpeaker(long speakerId, QuoteFilter filter, QuoteSort sort, PageRequest page) {
        if (speakers.findById(speakerId) == null) {
            throw ApiException.notFound("speaker", "id", speakerId);
        }
        return page(filter.withSpeaker(speakerId), sort, page);
    }

    @Transactional
    public QuoteView get(long id) {
        QuoteEntity q = quotes.findById(id);
        if (q == null) {
            throw ApiException.notFound("quote", "id", id);
        }
        return QuoteViews.of(q, ArticleViews.ref(q.article));
    }

    private PageView<QuoteView> page(QuoteFilter filter, QuoteSort sort, PageRequest page) {
        QuoteRepository.Criteria criteria = quotes.criteria(filter); // the speaker alias is resolved once, here
        List<QuoteView> items = quotes.search(criteria, sort, page.offset(), page.pageSize());
        long limit = Math.max(COUNT_LIMIT, (long) page.offset() + page.pageSize());
        if (items.size() < page.pageSize() && (!items.isEmpty() || page.offset() == 0)) {
            return PageView.of(items, page, page.offset() + items.size()); // the last page: no count needed
        }
        if (filter.speaker() != null || filter.speakerId() != null || filter.articleId() != null) {
            return PageView.of(items, page, quotes.count(criteria)); // one speaker's or article's quotes: exact and cheap
        }
        return PageView.ofCapped(items, page, quotes.countUpTo(criteria, limit), limit);
    }
}
