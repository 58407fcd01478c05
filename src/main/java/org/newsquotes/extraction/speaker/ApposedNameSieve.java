package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * "He"/"she" in the sentence that introduces a person of that gender with an apposition refers to that person:
 * in "The latest backer is Rep. Tom Voss, the Ohio congressman who drew notice when he yelled “…”" the pronoun is
 * Voss, not the speaker of the previous paragraph. Applies when the last person named before the pronoun, in
 * the same sentence, is named there in full for the first time followed by a comma ({@link
 * PersonMentions.Named#introduced}), has the pronoun's gender, and the latest agreeing speaker was last mentioned
 * before that sentence. Otherwise passes.
 */
public final class ApposedNameSieve implements SpeakerSieve {

    /** How far back (characters) the introduction may stand from the pronoun. */
    static final int REACH = 300;

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (!m.heOrShe()) {
            return null;
        }
        int at = m.span().start();
        int sentence = d.sentences().startOf(at, REACH);
        PersonMentions.Named n = d.persons().lastAnyBefore(at, sentence);
        if (n == null || !n.introduced() || n.gender() != m.gender()) {
            return null;
        }
        Discourse.Recent r = d.lastPersonEntry(m.gender());
        if (r != null && r.end() > sentence) {
            return null;
        }
        return new Speaker(NamedSubjectSieve.canonical(n, d), SpeakerKind.PERSON, m.text(), m.span());
    }
}
