package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Mention;

/**
 * The attribution found for one marked quote: the cue words, the source mention, and the rule that fired
 * (which drives confidence).
 */
public record Attribution(Span cue, Mention source, Rule rule) {

    /** Which pattern produced an attribution, from the most to the least reliable. */
    public enum Rule {
        /** "“…,” Smith said." or "“…,” said Smith." right after the closing mark. */
        AFTER,
        /** "Smith said: “…”" or "Smith said, “…”": a lead-in ending in a colon or comma. */
        LEAD_IN,
        /** "according to Smith". */
        ACCORDING_TO,
        /** "Smith warned that … “…”": the subject of the first reporting verb of the sentence. */
        IN_SENTENCE,
        /** An attribution-only sentence right after the quote ("“…” Smith said."). */
        NEXT_SENTENCE,
        /** The quote opens a sentence with no attribution; the sentence before it has one. */
        PREVIOUS_SENTENCE,
        /** No reporting verb found: the named subject of the quote's sentence. */
        SUBJECT,
        /** No attribution of its own: the speaker of a neighbouring quote. */
        CONTINUATION
    }
}
