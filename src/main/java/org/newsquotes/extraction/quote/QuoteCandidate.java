package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Span;

/**
 * A quotation found by a detector, before speaker resolution.
 *
 * @param content   the quoted words (for direct and partial quotes: inside the marks, without them)
 * @param type      direct, partial or indirect
 * @param cue       the reporting verb or phrase, or null
 * @param source    the speaker mention at the attribution ("Smith", "he", "a senior official"), or null
 * @param score     the detector's belief in [0, 1] that this is an attributed quotation
 * @param carriedBy for a reported clause that runs straight into a partial quote ("Lee said the plan was
 *                  “a trap” in May", one mixed quote), the rest of the clause from that quote's opening mark
 *                  (“a trap” in May): the clause's source and cue belong to the quote too, and the reading
 *                  is the lead and this rest together; otherwise null
 */
public record QuoteCandidate(Span content, QuoteType type, Span cue, Span source, double score, Span carriedBy) {

    /** A candidate that no partial quote carries. */
    public QuoteCandidate(Span content, QuoteType type, Span cue, Span source, double score) {
        this(content, type, cue, source, score, null);
    }
}
