package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * Last rule for a pronoun no recorded speaker fits: "he"/"she" go to the last person the reporter named
 * before it with a given name or honorific of that gender ("Ann Voss", "Mr. Okafor"), else to the last full
 * name written before it that opens with a listed given name that does not disagree and holds no place or
 * organisation word ({@link Antecedents#personLike}). Otherwise the pronoun stays unresolved: the
 * speaker keeps the mention but no name (a name is never invented).
 */
public final class PronounFallbackSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.pronoun()) {
            return null;
        }
        String name = null;
        if (m.heOrShe()) {
            PersonMentions.Named n = d.persons().lastBefore(m.span().start(), 0, m.gender(), false);
            name = n != null ? NamedSubjectSieve.canonical(n, d)
                    : d.names().lastBefore(m.span().start(), m.gender(), Antecedents::personLike);
        }
        return new Speaker(name, SpeakerKind.PERSON, m.text(), m.span());
    }
}
