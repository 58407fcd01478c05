package org.newsquotes.speaker;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.persistence.TypedQuery;
import org.newsquotes.web.PaddedInList;
import org.newsquotes.extraction.SpeakerKind;

/** Queries over speakers, their aliases and their quote counts. */
@ApplicationScoped
public class SpeakerRepository implements PanacheRepository<SpeakerEntity> {

    public Optional<SpeakerEntity> findByMergeKey(String mergeKey) {
        return find("mergeKey", mergeKey).firstResultOptional();
    }

    /**
     * The speakers with these merge keys, their aliases and roles loaded with them (one statement a 512 keys).
     * The keys are bound as a {@link PaddedInList} (one cached Hibernate translation per padded size).
     */
    public List<SpeakerEntity> findByMergeKeys(Collection<String> mergeKeys) {
        List<String> keys = List.copyOf(mergeKeys);
        List<SpeakerEntity> found = new java.util.ArrayList<>();
        for (int i = 0; i < keys.size(); i += MAX_KEYS) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + MAX_KEYS));
            TypedQuery<SpeakerEntity> query = getEntityManager().createQuery("select distinct s from SpeakerEntity s"
                    + " left join fetch s.aliases left join fetch s.roles where s.mergeKey in ("
                    + PaddedInList.placeholders("k", chunk.size()) + ")", SpeakerEntity.class);
            PaddedInList.bind(query::setParameter, "k", chunk);
            found.addAll(query.getResultList());
        }
        return found;
    }

    private static final int MAX_KEYS = 512;

    /**
     * Speakers whose name or any alias starts with the normalised {@code prefix}, or whose id is among {@code named}
     * (the speakers {@link SpeakerNameLookup} finds for the whole name); all when {@code prefix} is null.
     */
    public List<SpeakerEntity> search(String prefix, Collection<Long> named, SpeakerKind kind, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<SpeakerEntity> query = getEntityManager().createQuery("select s from SpeakerEntity s where "
                + where(prefix, named, kind, params) + " order by s.name, s.id", SpeakerEntity.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(String prefix, Collection<Long> named, SpeakerKind kind) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery("select count(s) from SpeakerEntity s where "
                + where(prefix, named, kind, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Number of stored quotes per speaker id, for the given ids (absent ids have none). */
    public Map<Long, Long> quoteCounts(Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("select q.speaker.id, count(q) from QuoteEntity q where q.speaker.id in :ids"
                        + " group by q.speaker.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Deletes those of {@code ids} that no quote refers to any more. */
    public void deleteOrphans(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<SpeakerEntity> orphans = getEntityManager().createQuery("select s from SpeakerEntity s where s.id in :ids"
                        + " and not exists (select 1 from QuoteEntity q where q.speaker = s)", SpeakerEntity.class)
                .setParameter("ids", ids).getResultList();
        orphans.forEach(this::delete);
    }

    private static String where(String prefix, Collection<Long> named, SpeakerKind kind, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (prefix != null) {
            where.append(" and (s.normalizedName like :prefix escape '!' or exists (select 1 from SpeakerEntity s2"
                    + " join s2.aliases a where s2 = s and a.alias like :prefix escape '!')");
            params.put("prefix", escapeLike(prefix) + "%");
            if (!named.isEmpty()) {
                where.append(" or s.id in :named");
                params.put("named", named);
            }
            where.append(')');
        }
        if (kind != null) {
            where.append(" and s.kind = :kind");
            params.put("kind", kind);
        }
        return where.toString();
    }

    /** Escapes LIKE wildcards with '!' so that user input matches literally. */
    public static String escapeLike(String value) {
        StringBuilder out = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }
}
