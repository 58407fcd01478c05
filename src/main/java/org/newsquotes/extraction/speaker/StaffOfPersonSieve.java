package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A group that speaks for a person ("Aides to Okafor", "advisers to Mr. Okafor", read by {@link AffiliatedMention})
 * is named with the person's full name when the article writes one ("aides to Tomas Okafor"); an honorific
 * before the surname is dropped. Other groups pass. Limits: only a one-word name after "to" is completed.
 */
public final class StaffOfPersonSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.GROUP) {
            return null;
        }
        String name = m.name();
        int to = name.indexOf(" to ");
        if (to <= 0 || !AffiliatedMention.staffHead(name.substring(0, to))) {
            return null;
        }
        String person = name.substring(to + 4);
        Gender gender = Gender.UNKNOWN;
        for (String honorific : new String[] {"Mr. ", "Mrs. ", "Ms. "}) {
            if (person.startsWith(honorific)) {
                gender = Gender.ofWord(honorific.strip().toLowerCase(java.util.Locale.ROOT));
                person = person.substring(honorific.length());
            }
        }
        if (person.indexOf(' ') >= 0 || person.isEmpty() || !Character.isUpperCase(person.charAt(0))) {
            return null;
        }
        String full = d.names().fullName(NameShape.surnameOf(person), m.span().start(), gender);
        return full == null ? null : new Speaker(name.substring(0, to + 4) + full, SpeakerKind.GROUP, m.text(), m.span());
    }
}
