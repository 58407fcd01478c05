package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A one-word person mention ("Smith", "Mr. Trump" whose name part is "Trump") resolves to the full name
 * with that surname written in the article ("Julianne Smith"); a given name alone ("Megyn") to the one full name the
 * article writes with it ("Megyn Kelly"); with none, the word itself is the name.
 */
public final class SurnameSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.PERSON || m.pronoun()) {
            return null;
        }
        String full = d.names().fullName(m.surname(), m.span().start(), Gender.ofRoleWords(m.text()));
        if (full == null && m.role() == null && m.name().indexOf(' ') < 0 && Gender.isFirstName(m.surname())) {
            full = d.names().onlyNameWithGiven(m.surname());
        }
        return new Speaker(full != null ? full : m.name(), SpeakerKind.PERSON, m.text(), m.span());
    }
}
