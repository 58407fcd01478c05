package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A pronoun ("he", "she", "I") refers to the most recent speaker whose gender agrees; "they" and "we" to the
 * most recent speaker of any kind. When no speaker fits, "he"/"she" fall back to the last full name written
 * before the pronoun whose given name agrees. With no antecedent the pronoun stays unresolved (null name is never
 * invented: the sieve then returns null and the quote gets no speaker). "it" and "you" are not resolved.
 */
public final class PronounSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.pronoun()) {
            return null;
        }
        String p = m.name();
        Speaker antecedent = switch (p) {
            case "he", "she", "i" -> d.lastPerson(m.gender());
            case "they", "we" -> d.lastAny();
            default -> null;
        };
        if (antecedent == null && (p.equals("he") || p.equals("she"))) {
            String named = d.names().lastBefore(m.span().start(), m.gender());
            antecedent = named == null ? null : new Speaker(named, SpeakerKind.PERSON, null, null);
        }
        if (antecedent == null) {
            return new Speaker(null, SpeakerKind.PERSON, m.text(), m.span());
        }
        return new Speaker(antecedent.name(), antecedent.kind(), m.text(), m.span());
    }
}
