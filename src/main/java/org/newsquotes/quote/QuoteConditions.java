package org.newsquotes.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsquotes.speaker.NameNormalizer;

/**
 * The filter of a quote list as a JPQL condition over {@code q} (quote) and {@code a} (article), with its bound
 * parameters: the part of {@link QuoteRepository} that turns a {@link QuoteFilter} into SQL. Every filter value
 * is a bound parameter, so no client text ever becomes SQL.
 */
@ApplicationScoped
class QuoteConditions {

    /**
     * Ids of the speakers with an alias: answered from the index (alias, speaker_id) alone; the JPQL join through
     * the speaker table read each speaker's row as well.
     */
    private static final String SPEAKERS_OF_ALIAS = "select distinct speaker_id from speaker_alias where alias = :alias";

    /** The condition of a filter nothing can match. */
    static final String NOTHING = "1 = 0";

    @Inject
    EntityManager entityManager;

    @Inject
    QuoteTextSearch textSearch;

    /** The filter as one condition ("1 = 1" and ...), adding its parameters to {@code params}. */
    String where(QuoteFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("1 = 1");
        if (f.speaker() != null) {
            clauses.add(speakerCondition(NameNormalizer.normalize(f.speaker()), params));
        }
        if (f.speakerId() != null) {
            clauses.add("q.speaker.id = :speakerId");
            params.put("speakerId", f.speakerId());
        }
        if (f.q() != null) {
            clauses.add(textSearch.condition(f.q(), params));
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
     * The speakers with this alias are looked up first (index on speaker_alias.alias), so that the usual case
     * of one speaker is an equality the index (speaker_id, quote_date desc, id desc) answers in sort order with
     * the page limit, instead of joining every quote of a much-quoted speaker before sorting (ops, load test).
     */
    private String speakerCondition(String alias, Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        List<Long> ids = entityManager.createNativeQuery(SPEAKERS_OF_ALIAS, Long.class)
                .setParameter("alias", alias).setMaxResults(1000).getResultList();
        if (ids.isEmpty()) {
            ids = byFirstNameAndSurname(alias);
        }
        if (ids.isEmpty()) {
            return NOTHING;
        }
        if (ids.size() == 1) {
            params.put("speakerOne", ids.get(0));
            return "q.speaker.id = :speakerOne";
        }
        params.put("speakerIds", ids);
        return "q.speaker.id in :speakerIds";
    }

    /**
     * When no speaker has the name as written: the speakers with its last word as surname whose first name is
     * one of its words, so that "Sam Greene" finds "Sam A. Greene" and "Secretary General Jens Stoltenberg" or
     * "Mr. Jens Stoltenberg" find "Jens Stoltenberg". A title with a surname alone ("Mr. Stoltenberg") is the
     * surname. Never a first name alone, nor a surname with another first name ("Erna Stoltenberg").
     */
    private List<Long> byFirstNameAndSurname(String normalized) {
        List<String> words = new ArrayList<>(List.of(normalized.split(" ")));
        words.removeIf(TITLES::contains);
        if (words.isEmpty() || String.join(" ", words).equals(normalized)) {
            return words.size() < 2 ? List.of() : candidates(words);
        }
        if (words.size() == 1) {
            @SuppressWarnings("unchecked")
            List<Long> ids = entityManager.createNativeQuery(SPEAKERS_OF_ALIAS, Long.class)
                    .setParameter("alias", words.get(0)).setMaxResults(1000).getResultList();
            return ids;
        }
        return candidates(words);
    }

    private List<Long> candidates(List<String> words) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SPEAKERS_OF_SURNAME)
                .setParameter("alias", words.get(words.size() - 1)).setMaxResults(1000).getResultList();
        List<String> given = words.subList(0, words.size() - 1);
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            String name = (String) row[1];
            int space = name.indexOf(' ');
            if (space > 0 && given.contains(name.substring(0, space))) {
                ids.add(((Number) row[0]).longValue());
            }
        }
        return ids;
    }

    /** The speakers with an alias, with their normalised names. */
    private static final String SPEAKERS_OF_SURNAME = "select distinct s.id, s.normalized_name from speaker_alias a"
            + " join speaker s on s.id = a.speaker_id where a.alias = :alias";

    /** Titles and honorifics written before a name, normalised; never part of a stored person's name. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "dr", "prof",
            "sir", "dame", "sen", "senator", "rep", "gov", "governor", "president", "secretary", "general",
            "minister", "prime", "chancellor", "mayor", "gen", "col", "lt", "capt", "judge", "justice");
}
