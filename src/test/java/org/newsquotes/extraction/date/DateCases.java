package org.newsquotes.extraction.date;

import java.time.LocalDate;
import org.newsquotes.extraction.QuoteDate;
import org.newsquotes.extraction.Span;

/** The set-up the date tests share: a resolver and a sentence whose cue is the first occurrence of a word. */
final class DateCases {

    /** A Wednesday: the publication date of the date tests' invented articles. */
    static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 12);

    private static final QuoteDateResolver RESOLVER = new QuoteDateResolver();

    private DateCases() {
    }

    /** The date of the statement in {@code sentence}, the scope starting at {@code from}, the cue the first {@code cue}. */
    static QuoteDate resolve(String sentence, int from, String cue, LocalDate published) {
        int at = cue == null ? -1 : sentence.indexOf(cue);
        Span cueSpan = at < 0 ? null : new Span(at, at + cue.length());
        return RESOLVER.resolve(sentence, new Span(from, sentence.length()), cueSpan, published);
    }

    /** {@link #resolve(String, int, String, LocalDate)} over the whole sentence, published on {@link #WEDNESDAY}. */
    static QuoteDate resolve(String sentence, String cue) {
        return resolve(sentence, 0, cue, WEDNESDAY);
    }
}
