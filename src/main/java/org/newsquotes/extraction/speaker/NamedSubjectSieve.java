package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * "He"/"she" after a sentence whose subject is a newly named person of that gender refer to that person, not
 * to an earlier speaker: in "Okafor said … . Ann Voss, a nurse, then went on the radio. “…,” she said." the
 * pronoun is Voss even though Voss is not (yet) a recorded speaker. Applies when such a subject
 * ({@link PersonMentions}, known gender equal to the pronoun's) is written within {@value #REACH} characters
 * before the pronoun, after the latest mention of the most recent agreeing speaker and in a later sentence
 * than it (or in the same one when that speaker only opens a subordinate clause: "When Okafor pointed out
 * …, Ann Voss sighed."), and is not that speaker. Otherwise passes.
 */
public final class NamedSubjectSieve implements SpeakerSieve {

    /** How far back (characters) a named subject may stand from the pronoun. */
    static final int REACH = 400;

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.heOrShe()) {
            return null;
        }
        int at = m.span().start();
        Discourse.Recent r = d.lastPersonEntry(m.gender());
        int from = Math.max(r == null ? 0 : r.end(), at - REACH);
        PersonMentions.Named n = d.persons().lastBefore(at, from, m.gender(), true);
        if (n == null || r != null && (NameShape.sameSurname(n.name(), r.speaker().name())
                || !d.sentenceBetween(r.end(), n.at()) && !d.cues().opensSubordinateClause(r.start()))) {
            n = r == null ? null : subjectOfSpeakersSentence(m, d, r);
            if (n == null) {
                return null;
            }
        }
        return new Speaker(canonical(n, d), SpeakerKind.PERSON, m.text(), m.span());
    }

    /**
     * "Clinton pointed to an interview Sanders gave. “…,” she said.": the latest agreeing speaker (Sanders)
     * is written inside a sentence whose subject is another named person of the pronoun's gender (Clinton);
     * the subject is the likelier antecedent. Returns that subject, or null. Limits: only subjects that
     * {@link PersonMentions} indexes (known gender); the speaker must not open the sentence itself nor be the subject
     * of a verb ("…, Stovall said", "said Stovall").
     */
    private static PersonMentions.Named subjectOfSpeakersSentence(Mention m, Discourse d, Discourse.Recent r) {
        int at = m.span().start();
        if (r.start() < 0 || r.start() >= at || d.cues().verbFollows(r.end())
                || d.cues().reportingVerbBefore(r.start())) {
            return null;
        }
        PersonMentions.Named n = d.persons().lastBefore(r.start(), Math.max(0, at - REACH), m.gender(), true);
        if (n == null || NameShape.sameSurname(n.name(), r.speaker().name()) || d.sentenceBetween(n.at(), r.start())
                || d.sentencesBetween(r.end(), at) > 1) {
            return null;
        }
        return n;
    }

    /**
     * The fullest form of a named person's name written in the article ("Ann Voss" for "Ms. Voss"), of the
     * person's gender; a name written with its given name keeps it ("Jon Voss" stays Jon when Ann Voss is named
     * too).
     */
    static String canonical(PersonMentions.Named n, Discourse d) {
        String full = d.names().fullName(NameShape.surnameOf(n.name()), n.at(), n.gender());
        int sp = n.name().indexOf(' ');
        if (full == null || sp > 0 && !full.startsWith(n.name().substring(0, sp + 1))) {
            return n.name();
        }
        return full;
    }
}
