package org.newsquotes.quote;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsquotes.speaker.NameNormalizer;
import org.newsquotes.speaker.SpeakerRepository;

/**
 * Quote queries. Every filter value is a bound parameter and the order comes from {@link QuoteSort}, so no
 * client text ever becomes SQL.
 */
@ApplicationScoped
public class QuoteRepository implements PanacheRepository<QuoteEntity> {

    /** At most this many words of {@code q} are used. */
    static final int MAX_WORDS = 10;

    public List<QuoteEntity> search(QuoteFilter filter, QuoteSort sort, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String jpql = "select q from QuoteEntity q join fetch q.article a left join fetch q.speaker s where "
                + where(filter, params) + " order by " + orderBy(sort);
        TypedQuery<QuoteEntity> query = getEntityManager().createQuery(jpql, QuoteEntity.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(QuoteFilter filter) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(q) from QuoteEntity q join q.article a where " + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
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

    private String where(QuoteFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (f.speaker() != null) {
            clauses.add("q.speaker.id in (select sp.id from SpeakerEntity sp join sp.aliases al where al.alias = :speakerName)");
            params.put("speakerName", NameNormalizer.normalize(f.speaker()));
        }
        if (f.speakerId() != null) {
            clauses.add("q.speaker.id = :speakerId");
            params.put("speakerId", f.speakerId());
        }
        if (f.q() != null) {
            clauses.add(textCondition(f.q(), params));
        }
        if (f.type() != null) {
            clauses.add("q.type = :type");
            params.put("type", f.type());
        }
        if (f.from() != null) {
            clauses.add("q.date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            clauses.add("q.date <= :to");
            params.put("to", f.to());
        }
        if (f.source() != null) {
            clauses.add("lower(a.source) = :source");
            params.put("source", f.source().toLowerCase(Locale.ROOT));
        }
        if (f.articleId() != null) {
            clauses.add("a.id = :articleId");
            params.put("articleId", f.articleId());
        }
        return String.join(" and ", clauses);
    }

    /**
     * Words in the quote text (or its de-spun reading), all of them, case-insensitive. Portable LIKE matching;
     * the one place to plug a database's own full-text search in.
     */
    protected String textCondition(String q, Map<String, Object> params) {
        List<String> words = words(q);
        if (words.isEmpty()) {
            return "1 = 1";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String p = "w" + i;
            parts.add("(lower(q.text) like :" + p + " escape '!' or lower(q.normalizedText) like :" + p + " escape '!')");
            params.put(p, "%" + SpeakerRepository.escapeLike(words.get(i)) + "%");
        }
        return String.join(" and ", parts);
    }

    static List<String> words(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return words;
    }

    private static String orderBy(QuoteSort sort) {
        return switch (sort) {
            case NEWEST -> "q.date desc nulls last, q.id desc";
            case OLDEST -> "q.date asc nulls last, q.id asc";
            case POSITION -> "a.id asc, q.spanStart asc, q.id asc";
        };
    }
}
