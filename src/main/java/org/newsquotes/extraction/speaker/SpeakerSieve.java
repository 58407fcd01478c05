package org.newsquotes.extraction.speaker;

import org.newsquotes.extraction.Speaker;

/**
 * One rule of the speaker-resolution chain. A sieve either resolves a mention to a speaker or passes
 * (returns null) so that the next sieve can try. Sieves are stateless; article state is in {@link Discourse}.
 */
public interface SpeakerSieve {

    /** The speaker {@code mention} refers to, or null when this sieve does not apply. */
    Speaker resolve(Mention mention, Discourse discourse);
}
