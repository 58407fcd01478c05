package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Span;

/**
 * A quotation found by a detector, before speaker resolution.
 *
 * @param content the quoted words (for direct and partial quotes: inside the marks, without them)
 * @param type    direct, partial or indirect
 * @param cue     the reporting verb or phrase, or null
 * @param source  the speaker mention at the attribution ("Smith", "he", "a senior official"), or null
 * @param score   the detector's belief in [0, 1] that this is an attributed quotation
 */
public record QuoteCandidate(Span content, QuoteType type, Span cue, Span source, double score) {
}
