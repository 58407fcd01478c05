package org.newsquotes.quote;

import org.newsquotes.article.ArticleRef;
import org.newsquotes.extraction.Quote;
import org.newsquotes.speaker.SpeakerService;

/** Maps stored and freshly extracted quotes to {@link QuoteView}. */
public final class QuoteViews {

    private QuoteViews() {
    }

    public static QuoteView of(QuoteEntity q, ArticleRef article) {
        return new QuoteView(q.id, q.text, q.normalizedText, q.type.label(), SpeakerService.ref(q.speaker),
                q.speakerMention, q.role, q.cue, q.date, q.datePrecision == null ? null : q.datePrecision.label(),
                q.dateText, new SpanView(q.spanStart, q.spanEnd), q.context, q.confidence, article);
    }

    /** An extracted, unstored quote (ids are null). */
    public static QuoteView of(Quote q, ArticleRef article) {
        return new QuoteView(null, q.text(), q.normalizedText(), q.type() == null ? null : q.type().label(),
                SpeakerService.ref(q.speaker()), q.speaker() == null ? null : q.speaker().mention(), q.role(), q.cue(),
                q.date() == null ? null : q.date().date(),
                q.date() == null || q.date().precision() == null ? null : q.date().precision().label(),
                q.date() == null ? null : q.date().text(),
                q.span() == null ? null : new SpanView(q.span().start(), q.span().end()), q.context(),
                q.confidence(), article);
    }
}
