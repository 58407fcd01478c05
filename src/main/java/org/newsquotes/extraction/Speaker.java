package org.newsquotes.extraction;

/**
 * Who said a quote. {@code name} is the canonical name within the article (the fullest form first
 * written, e.g. "Julianne Smith" for a later "Smith" or "she"); for groups and anonymous sources it is the
 * descriptive phrase ("a senior official"). {@code mention} is the words at the attribution and
 * {@code mentionSpan} where they stand (null when the speaker was carried over without a mention).
 */
public record Speaker(String name, SpeakerKind kind, String mention, Span mentionSpan) {
}
