package org.newsquotes.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which stored speakers a name given by a client refers to: the one place that decides it, for
 * {@code /quotes?speaker=} and {@code /speakers?name=} alike. A name matches a speaker when, normalised, it is
 * one of the speaker's aliases (full name, surname, mentions); failing that, titles are dropped ("Mr.",
 * "Secretary General") and the words match a speaker whose surname is the last word and whose first name is
 * one of the others ("Sam Greene" finds "Sam A. Greene"), or the surname alone remains ("Mr. Stoltenberg").
 * Limits: a first name alone, or a surname with another first name, is nobody (a first name does not say
 * which person); at most 1000 speakers per name.
 */
@ApplicationScoped
public class SpeakerNameLookup {

    /** Answered from the index (alias, speaker_id) alone. */
    private static final String SPEAKERS_OF_ALIAS = "select distinct speaker_id from speaker_alias where alias = :alias";

    /** The speakers with an alias, with their normalised names. */
    private static final String SPEAKERS_OF_SURNAME = "select distinct s.id, s.normalized_name from speaker_alias a"
            + " join speaker s on s.id = a.speaker_id where a.alias = :alias";

    /** Titles and honorifics written before a name, normalised; never part of a stored person's name. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof",
            "sir", "dame", "sen", "senator", "rep", "gov", "governor", "president", "secretary", "general",
            "minister", "prime", "chancellor", "mayor", "gen", "col", "lt", "capt", "judge", "justice");

    private static final int MAX_SPEAKERS = 1000;

    private final EntityManager entityManager;

    public SpeakerNameLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Ids of the speakers {@code normalized} (a {@link NameNormalizer#normalize normalised} name) refers to. */
    public List<Long> idsNamed(String normalized) {
        if (normalized == null || normalized.isBlank()) {
            return List.of();
        }
        List<Long> ids = withAlias(normalized);
        return ids.isEmpty() ? byFirstNameAndSurname(normalized) : ids;
    }

    private List<Long> withAlias(String alias) {
        @SuppressWarnings("unchecked")
        List<Long> ids = entityManager.createNativeQuery(SPEAKERS_OF_ALIAS, Long.class)
                .setParameter("alias", alias).setMaxResults(MAX_SPEAKERS).getResultList();
        return ids;
    }

    private List<Long> byFirstNameAndSurname(String normalized) {
        List<String> words = new ArrayList<>(List.of(normalized.split(" ")));
        words.removeIf(TITLES::contains);
        if (words.isEmpty() || String.join(" ", words).equals(normalized)) {
            return words.size() < 2 ? List.of() : candidates(words);
        }
        return words.size() == 1 ? withAlias(words.get(0)) : candidates(words);
    }

    private List<Long> candidates(List<String> words) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SPEAKERS_OF_SURNAME)
                .setParameter("alias", words.get(words.size() - 1)).setMaxResults(MAX_SPEAKERS).getResultList();
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
}
