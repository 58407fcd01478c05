package org.newsquotes.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.config.DatabaseKind;
import org.newsquotes.web.PaddedInList;

/**
 * Quote queries. Every filter value is a bound parameter and the order comes from {@link QuoteSort}, so no
 * client text ever becomes SQL.
 */
@ApplicationScoped
public class QuoteRepository implements PanacheRepository<QuoteEntity> {

    @jakarta.inject.Inject
    QuoteConditions conditions;

    /** The database kind: H2 reads a speaker's page ids first (see {@link #pageIdsFirst}). */
    @jakarta.inject.Inject
    DatabaseKind database;

    /**
     * The filter as a JPQL condition over {@code q} (quote) and {@code a} (article) with its bound parameters,
     * built once per request: the speaker alias is resolved to ids here, so that the page and its count do not
     * each look it up. {@code none} is true when nothing can match (an unknown speaker name).
     */
    public record Criteria(QuoteFilter filter, String where, Map<String, Object> params, boolean none) {
    }

    public Criteria criteria(QuoteFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions.where(filter, params);
        return new Criteria(filter, where, Map.copyOf(params), where.contains(QuoteConditions.NOTHING));
    }

    /**
     * One page of quotes as API views, read as a projection of the columns the view shows: no entity is
     * loaded (so no article text, no persistence-context bookkeeping and no dirty check), one statement.
     */
    public List<QuoteView> search(Criteria c, QuoteSort sort, int offset, int limit) {
        if (c.none()) {
            return List.of();
        }
        if (pageIdsFirst(c, sort)) {
            return byIds(pageIds(c, sort, offset, limit));
        }
        String jpql = "select " + QuoteRows.COLUMNS + " from QuoteEntity q join q.article a left join q.speaker s where "
                + c.where() + " order by " + orderBy(sort);
        TypedQuery<Object[]> query = getEntityManager().createQuery(jpql, Object[].class);
        c.params().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(QuoteRows::view).toList();
    }

    /**
     * A speaker's page in date order is found in two steps: the ids of the page from the quote table alone (the
     * index (speaker_id, quote_date desc, id desc) or the speaker's foreign-key index, without touching
     * articles), then the view columns of just those rows. In one statement H2 joined every quote of the speaker
     * to its article row before sorting: about 4 700 page reads for a speaker with 1 100 quotes, over a second a
     * request at a million quotes once the file no longer fits its cache. H2 only: PostgreSQL walks the
     * (speaker_id, quote_date desc, id desc) index with the page limit in one statement, and the extra statement
     * cost it 6 to 30 % of uncached speaker pages in an A/B run (663/718 vs 623/508 req/s).
     */
    private boolean pageIdsFirst(Criteria c, QuoteSort sort) {
        QuoteFilter f = c.filter();
        return database.isH2() && (f.speaker() != null || f.speakerId() != null)
                && sort != QuoteSort.POSITION && !c.where().contains("a.");
    }

    private List<Long> pageIds(Criteria c, QuoteSort sort, int offset, int limit) {
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select q.id from QuoteEntity q where " + c.where() + " order by " + orderBy(sort), Long.class);
        c.params().forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The views of these quotes, in the order of {@code ids} (bound as a {@link PaddedInList}). */
    private List<QuoteView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = getEntityManager().createQuery("select " + QuoteRows.COLUMNS
                + " from QuoteEntity q join q.article a left join q.speaker s where q.id in ("
                + PaddedInList.placeholders("id", ids.size()) + ")", Object[].class);
        PaddedInList.bind(query::setParameter, "id", ids);
        Map<Long, QuoteView> views = new HashMap<>();
        query.getResultList().stream().map(QuoteRows::view).forEach(v -> views.put(v.id(), v));
        return ids.stream().map(views::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The exact number of matching quotes (cheap for one speaker's or one article's quotes: an index-only count). */
    public long count(Criteria c) {
        if (c.none()) {
            return 0;
        }
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(q) from " + countFrom(c.filter()) + " where " + c.where(), Long.class);
        c.params().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * The number of matching quotes, counting no further than {@code limit + 1}: returns {@code limit + 1}
     * when more than {@code limit} match, so that a common word over millions of quotes costs a bounded walk
     * rather than a count of every match. Reads at most {@code limit + 1} ids in no particular order (JPQL has
     * no LIMIT in a subquery without an ORDER BY, and an ORDER BY would make the database sort or walk far
     * more rows than it counts).
     */
    public long countUpTo(Criteria c, long limit) {
        if (c.none()) {
            return 0;
        }
        TypedQuery<Long> query = getEntityManager().createQuery("select q.id from " + countFrom(c.filter()) + " where "
                + c.where(), Long.class);
        c.params().forEach(query::setParameter);
        return query.setMaxResults((int) Math.min(Integer.MAX_VALUE, limit + 1)).getResultList().size();
    }

    /** The quotes of one article in text order, with their speakers. */
    public List<QuoteEntity> findByArticle(long articleId) {
        return getEntityManager().createQuery("select q from QuoteEntity q left join fetch q.speaker"
                        + " where q.article.id = :id order by q.spanStart, q.spanEnd", QuoteEntity.class)
                .setParameter("id", articleId).getResultList();
    }

    /** Ids of the speakers quoted in one article. */
    public List<Long> speakerIdsOfArticle(long articleId) {
        return getEntityManager().createQuery("select distinct q.speaker.id from QuoteEntity q"
                        + " where q.article.id = :id and q.speaker is not null", Long.class)
                .setParameter("id", articleId).getResultList();
    }

    public long deleteByArticle(long articleId) {
        return delete("article.id", articleId);
    }

    /** Quote counts per article id. */
    public Map<Long, Long> countsByArticle(List<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select q.article.id, count(q) from QuoteEntity q where q.article.id in :ids"
                        + " group by q.article.id", Object[].class)
                .setParameter("ids", articleIds).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Counting joins the article only when a filter needs it (a join per counted row otherwise). */
    private static String countFrom(QuoteFilter f) {
        return f.source() != null || f.articleId() != null ? "QuoteEntity q join q.article a" : "QuoteEntity q";
    }

    private static String orderBy(QuoteSort sort) {
        return switch (sort) {
            case NEWEST -> "q.date desc nulls last, q.id desc";
            case OLDEST -> "q.date asc nulls last, q.id asc";
            case POSITION -> "a.id asc, q.spanStart asc, q.id asc";
        };
    }
}
