package org.newsquotes.quote;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsquotes.article.ArticleRef;
import org.newsquotes.speaker.SpeakerRef;

/** A quotation as the API shows it. */
@Schema(description = "A quotation with its speaker, role, reporting cue, date, position and article.")
public record QuoteView(
        @Schema(description = "Quote id; null in /extract results, which store nothing.", example = "7", nullable = true)
        Long id,
        @Schema(description = "The quotation as printed, without the enclosing quotation marks.",
                example = "I don’t deliberation we tin expect that these meetings volition lick each issues,")
        String text,
        @Schema(description = "The de-spun reading when the article is machine-spun, otherwise null.",
                example = "I don’t think we can expect that these meetings will solve all issues,", nullable = true)
        String normalizedText,
        @Schema(description = "How it is reported.", enumeration = {"direct", "partial", "indirect"}, example = "direct")
        String type,
        @Schema(description = "Who said it; null when no speaker could be found.", nullable = true)
        SpeakerRef speaker,
        @Schema(description = "The words at the attribution.", example = "NATO Secretary General Jens Stoltenberg", nullable = true)
        String speakerMention,
        @Schema(description = "The speaker's role as given in this article.", example = "NATO Secretary General", nullable = true)
        String role,
        @Schema(description = "The reporting verb or phrase.", example = "told reporters", nullable = true)
        String cue,
        @Schema(description = "When it was said, as far as the article tells.", example = "2022-01-12", nullable = true)
        LocalDate date,
        @Schema(description = "How precise `date` is.", enumeration = {"day", "week", "month", "year"}, example = "week", nullable = true)
        String datePrecision,
        @Schema(description = "The words the date came from; null when the publication date was used.", example = "this week", nullable = true)
        String dateText,
        @Schema(description = "Where the quotation stands in the article text.")
        SpanView span,
        @Schema(description = "The sentence or paragraph around the quotation.",
                example = "“I don’t deliberation we tin expect that these meetings volition lick each issues,” NATO Secretary General Jens Stoltenberg told reporters this week.")
        String context,
        @Schema(description = "How likely the quotation and its speaker are both right, in [0, 1].", example = "0.9")
        double confidence,
        @Schema(description = "The article it appeared in.")
        ArticleRef article) {
}
