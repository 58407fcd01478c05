package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * "He"/"she" whose latest agreeing speaker was named only as the subject of a "that" clause inside another
 * person's sentence refer to that sentence's subject: in "Okafor, alleging that President Voss wanted more,
 * said he would refuse. (Later he said …)" the pronoun is Okafor, not Voss. Applies when the speaker's latest
 * mention follows "that", a person of the pronoun's gender ({@link PersonMentions}, known gender) is named
 * as a subject earlier in the same sentence, with another surname, and the pronoun stands in that sentence or
 * the next. Otherwise passes. Limits: only "that" clauses; a subject whose gender is unknown is not found.
 */
public final class ClauseSubjectSieve implements SpeakerSieve {

    /** How far back (characters) the sentence may start from the speaker's mention. */
    static final int REACH = 400;

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.heOrShe()) {
            return null;
        }
        Discourse.Recent r = d.lastPersonEntry(m.gender());
        int at = m.span().start();
        if (r == null || r.start() < 0 || r.start() >= at || !d.cues().wordBefore(r.start()).equals("that")
                || d.sentencesBetween(r.end(), at) > 1) {
            return null;
        }
        int sentence = d.sentences().startOf(r.start(), REACH);
        PersonMentions.Named n = d.persons().lastBefore(r.start(), sentence, m.gender(), true);
        if (n == null || NameShape.sameSurname(n.name(), r.speaker().name())) {
            return null;
        }
        return new Speaker(NamedSubjectSieve.canonical(n, d), SpeakerKind.PERSON, m.text(), m.span());
    }
}
