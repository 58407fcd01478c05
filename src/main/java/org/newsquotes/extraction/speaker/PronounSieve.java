package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;

/**
 * A pronoun ("he", "she", "I") refers to the most recent speaker whose gender agrees and who looks like a
 * person ({@link Discourse#lastPersonEntry}); "they" and "we" to the most recent speaker of any kind. Passes
 * (returns null) when no recorded speaker fits, so that {@link PronounFallbackSieve} can try the people the
 * text names. "it" and "you" are left to the fallback, which leaves them unresolved.
 */
public final class PronounSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.pronoun()) {
            return null;
        }
        Speaker antecedent = switch (m.name()) {
            case "he", "she", "i" -> d.lastPerson(m.gender());
            case "they", "we" -> d.lastAny();
            default -> null;
        };
        return antecedent == null ? null : new Speaker(antecedent.name(), antecedent.kind(), m.text(), m.span());
    }
}
