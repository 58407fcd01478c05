package org.newsquotes.quote;

import java.time.Instant;
import java.time.LocalDate;
import org.newsquotes.article.ArticleViews;
import org.newsquotes.extraction.DatePrecision;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.speaker.SpeakerRef;
import org.newsquotes.extraction.SpeakerKind;

/**
 * The projection behind quote lists: the JPQL select list over {@code q} (quote), {@code a} (article) and
 * {@code s} (speaker, left joined) with exactly the columns a {@link QuoteView} shows, and the mapping of one
 * result row. Lists read rows, not entities: no article text is loaded and nothing is tracked for flushing.
 */
final class QuoteRows {

    static final String COLUMNS = "q.id, q.text, q.normalizedText, q.type, s.id, s.name, s.kind, q.speakerMention, "
            + "q.role, q.cue, q.date, q.datePrecision, q.dateText, q.spanStart, q.spanEnd, q.context, q.confidence, "
            + "a.id, a.title, a.source, a.url, a.publishedDate, a.publishedAt";

    private QuoteRows() {
    }

    static QuoteView view(Object[] r) {
        SpeakerRef speaker = r[4] == null ? null : new SpeakerRef((Long) r[4], (String) r[5], ((SpeakerKind) r[6]).label());
        DatePrecision precision = (DatePrecision) r[11];
        return new QuoteView((Long) r[0], (String) r[1], (String) r[2], ((QuoteType) r[3]).label(), speaker,
                (String) r[7], (String) r[8], (String) r[9], (LocalDate) r[10], precision == null ? null : precision.label(),
                (String) r[12], new SpanView((Integer) r[13], (Integer) r[14]), (String) r[15], (Double) r[16],
                ArticleViews.ref((Long) r[17], (String) r[18], (String) r[19], (String) r[20], (LocalDate) r[21], (Instant) r[22]));
    }
}
