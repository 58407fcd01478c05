package org.newsquotes.article;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.newsquotes.web.PaddedInList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    /**
     * The stored articles with any of these urls or content hashes (the two dedupe keys of an ingest): one
     * statement per key and per 256 values, each answered by its unique index. (One statement with
     * {@code hash in (…) or url in (…)} made H2 scan the whole article table: 2.5 s a request at 62 500
     * articles.) Values are bound as a {@link PaddedInList}.
     */
    public List<ArticleEntity> findByUrlsOrHashes(List<String> urls, List<String> hashes) {
        Map<Long, ArticleEntity> found = new LinkedHashMap<>();
        findByKey("contentHash", hashes, found);
        findByKey("url", urls, found);
        return List.copyOf(found.values());
    }

    private void findByKey(String attribute, List<String> values, Map<Long, ArticleEntity> found) {
        for (int i = 0; i < values.size(); i += MAX_KEYS) {
            List<String> chunk = values.subList(i, Math.min(values.size(), i + MAX_KEYS));
            TypedQuery<ArticleEntity> query = getEntityManager().createQuery("select a from ArticleEntity a where a."
                    + attribute + " in (" + PaddedInList.placeholders("k", chunk.size()) + ")", ArticleEntity.class);
            PaddedInList.bind(query::setParameter, "k", chunk);
            query.getResultList().forEach(a -> found.putIfAbsent(a.id, a));
        }
    }

    private static final int MAX_KEYS = 256;

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
