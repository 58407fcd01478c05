package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * "Okafor kept his sister, Ann Voss, off the list. She wrote …": a "he"/"she" right after a sentence whose
 * subject is a named person of the other gender and which names exactly one person of the pronoun's gender
 * refers to that person, even as an object, when the latest agreeing recorded speaker is not written in that
 * sentence nor in the pronoun's own sentence before it ("For that she drew Okafor’s anger; he called her …").
 * Otherwise passes. Limits: only people {@link PersonMentions} indexes (known gender); the subject is looked
 * for in the sentence before the pronoun's only.
 */
public final class GenderContrastSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.heOrShe() || m.gender() == Gender.UNKNOWN) {
            return null;
        }
        int at = m.span().start();
        int own = d.sentences().startOf(at, SentenceEnds.SCAN);
        if (own <= 0) {
            return null;
        }
        int from = d.sentences().startOf(own - 1, SentenceEnds.SCAN);
        Gender other = m.gender() == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        Discourse.Recent r = d.lastPersonEntry(m.gender());
        if (r != null && r.start() >= from || d.persons().lastBefore(own, from, other, true) == null) {
            return null;
        }
        PersonMentions.Named n = d.persons().lastBefore(own, from, m.gender(), false);
        if (n == null || r != null && NameShape.sameSurname(n.name(), r.speaker().name())) {
            return null;
        }
        PersonMentions.Named before = d.persons().lastBefore(n.at(), from, m.gender(), false);
        if (before != null && !NameShape.sameSurname(before.name(), n.name())) {
            return null;
        }
        return new Speaker(NamedSubjectSieve.canonical(n, d), SpeakerKind.PERSON, m.text(), m.span());
    }
}
