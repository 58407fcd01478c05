package org.newsquotes.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Article queries: lookup by url or content hash (the two dedupe keys) and the filtered list. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<ArticleEntity> {

    public Optional<ArticleEntity> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    public Optional<ArticleEntity> findByContentHash(String hash) {
        return find("contentHash", hash).firstResultOptional();
    }

    public List<ArticleEntity> search(String source, LocalDate from, LocalDate to, boolean newestFirst,
                                      int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String order = newestFirst ? "a.publishedDate desc nulls last, a.id desc" : "a.publishedDate asc nulls last, a.id asc";
        TypedQuery<ArticleEntity> query = getEntityManager().createQuery("select a from ArticleEntity a where "
                + where(source, from, to, params) + " order by " + order, ArticleEntity.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(String source, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery("select count(a) from ArticleEntity a where "
                + where(source, from, to, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(String source, LocalDate from, LocalDate to, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (source != null) {
            clauses.add("lower(a.source) = :source");
            params.put("source", source.toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            clauses.add("a.publishedDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            clauses.add("a.publishedDate <= :to");
            params.put("to", to);
        }
        return String.join(" and ", clauses);
    }
}
