package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * Organisations ("the Kremlin", "The Post"), groups ("American officials") and anonymous sources
 * ("a senior official") are kept as written, with the phrase as name, and never merged with a person.
 */
public final class NonPersonSieve implements SpeakerSieve {

    @Override
    public Speaker resolve(Mention m, Discourse d) {
        if (m.kind() == SpeakerKind.PERSON) {
            return null;
        }
        return new Speaker(m.name(), m.kind(), m.text(), m.span());
    }
}
