package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.speaker.Mention;

/**
 * A quotation found in the text, before speaker resolution.
 *
 * @param content     the quoted words (inside the marks for direct and partial quotes)
 * @param type        direct, partial or indirect
 * @param cue         the reporting cue, or null
 * @param source      the source mention at the attribution, or null (continuation or none)
 * @param rule        the attribution rule that fired, or null when there is no attribution at all
 * @param context     the sentence(s) holding the quote
 * @param inheritFrom for a continuation, the index of the finding whose speaker it takes; otherwise -1
 * @param titleLike   the passage looks like a title or a scare quote
 */
public record Finding(Span content, QuoteType type, Span cue, Mention source, Attribution.Rule rule, Span context,
                      int inheritFrom, boolean titleLike) {
}
