package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A person mention with a full name ("Jens Stoltenberg", "Sam Greene") is its own canonical name, unless a
 * fuller form with the same surname was written earlier ("Sam A. Greene"). A name led by a possessive owner
 * ("the Institute’s Okafor"), or by a common word ("Understated Okafor" in a headline), is the full name the
 * article writes for that surname ("Tom Okafor"), if any.
 */
public final class FullNameSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.PERSON || m.pronoun() || m.name().indexOf(' ') < 0) {
            return null;
        }
        String full = d.names().fullName(m.surname(), m.span().start());
        String name = full != null && (full.length() > m.name().length() && sameFirst(full, m.name())
                || ownerBefore(m.name()) || commonFirstWord(m.name(), full, d)) ? full : m.name();
        return new Speaker(name, SpeakerKind.PERSON, m.text(), m.span());
    }

    private static boolean sameFirst(String a, String b) {
        int sa = a.indexOf(' ');
        int sb = b.indexOf(' ');
        return sa > 0 && sb > 0 && a.substring(0, sa).equals(b.substring(0, sb));
    }

    /**
     * "Understated Okafor wins" (a headline), "Is Okafor right?": the name's first word is no listed given name
     * and the article also writes it in lower case, while the full name it writes opens with a given name.
     */
    private static boolean commonFirstWord(String name, String full, Discourse d) {
        String first = name.substring(0, name.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
        return !Gender.isFirstName(first) && d.names().writtenLowerCase(first)
                && Gender.isFirstName(NameIndex.firstWord(full));
    }

    /** "Center’s Okafor": the word before the name's last one is a possessive. */
    private static boolean ownerBefore(String name) {
        int sp = name.lastIndexOf(' ');
        String before = name.substring(0, sp);
        return before.endsWith("’s") || before.endsWith("'s");
    }
}
