package org.newsquotes.quote;

import org.newsquotes.speaker.NameNormalizer;
import org.newsquotes.web.PageRequest;

/**
 * What determines one cached page of a quote list: the list ({@code quotes}, {@code speakerQuotes}), its scope
 * (the speaker id of a speaker's quotes, else 0) and the validated parameters. The speaker name is in its
 * normalised form (the form looked up), so that "Jens Stoltenberg" and "jens stoltenberg" share one entry; the
 * lowest confidence is the parsed number, so that {@code 0.8} and {@code 0.80} do too.
 */
public record QuoteListKey(String list, long scope, QuoteFilter filter, QuoteSort sort, int page, int pageSize) {

    public static QuoteListKey of(String list, long scope, QuoteFilter f, QuoteSort sort, PageRequest page) {
        QuoteFilter normalised = f.speaker() == null ? f : new QuoteFilter(NameNormalizer.normalize(f.speaker()),
                f.speakerId(), f.q(), f.type(), f.from(), f.to(), f.source(), f.articleId(), f.minConfidence());
        return new QuoteListKey(list, scope, normalised, sort, page.page(), page.pageSize());
    }
}
