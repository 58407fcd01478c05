package org.newsquotes.extraction.speaker;

import java.util.Locale;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A "person" whose name is only a place ("the United States", "Washington", "New York", "Tehran") speaks
 * for that place's government or people: it is kept as written, as an organisation, so that it is neither
 * merged with a person nor taken as the antecedent of "he" or "she". A mention with a role or an
 * honorific ("Mr. Washington"), or a lone word the article writes as the surname of a person with a listed
 * given name ("Paris, who once ran a bakery," after "Jo Paris"), is left to the person sieves.
 * Limits: only places in {@code places.txt}; a person whose whole written name is a listed place ("Georgia"
 * alone, with no full name in the article) is read as the place.
 */
public final class PlaceSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.PERSON || m.pronoun() || m.name() == null || m.role() != null
                || m.gender() != Gender.UNKNOWN || !allPlaceWords(m.name()) || surnameOfNamedPerson(m, d)) {
            return null;
        }
        return new Speaker(m.name(), SpeakerKind.ORGANIZATION, m.text(), m.span());
    }

    /** Whether a one-word mention is the surname of a full name the article writes with a listed given name. */
    private static boolean surnameOfNamedPerson(Mention m, Discourse d) {
        if (m.name().indexOf(' ') >= 0) {
            return false;
        }
        String full = d.names().fullName(m.surname(), m.span().start());
        int space = full == null ? -1 : full.indexOf(' ');
        return space > 0 && Gender.isFirstName(full.substring(0, space).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether every word of {@code name} (possessive and final period removed) is a listed place word. */
    static boolean allPlaceWords(String name) {
        String[] words = name.trim().split("\\s+");
        for (String w : words) {
            String bare = NameShape.withoutPossessive(w).toLowerCase(Locale.ROOT);
            if (!Lexicon.isPlaceWord(bare)) {
                return false;
            }
        }
        return words.length > 0;
    }
}
