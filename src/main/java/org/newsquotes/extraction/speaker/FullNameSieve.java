package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A person mention with a full name ("Jens Stoltenberg", "Sam Greene") is its own canonical name, unless a
 * fuller form with the same surname was written earlier ("Sam A. Greene").
 */
public final class FullNameSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.PERSON || m.pronoun() || m.name().indexOf(' ') < 0) {
            return null;
        }
        String full = d.names().fullName(m.surname(), m.span().start());
        String name = full != null && full.length() > m.name().length() && sameFirst(full, m.name()) ? full
                : m.name();
        return new Speaker(name, SpeakerKind.PERSON, m.text(), m.span());
    }

    private static boolean sameFirst(String a, String b) {
        int sa = a.indexOf(' ');
        int sb = b.indexOf(' ');
        return sa > 0 && sb > 0 && a.substring(0, sa).equals(b.substring(0, sb));
    }
}
