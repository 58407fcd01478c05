package org.newsquotes.extraction;

/**
 * One quotation found in an article.
 *
 * @param text           the quotation as printed, without enclosing marks
 * @param normalizedText the de-spun reading when the article is spun, otherwise null
 * @param type           direct, partial or indirect
 * @param span           where {@code text} stands in the cleaned article text
 * @param speaker        who said it; null when no speaker could be found (a name is never invented)
 * @param role           the speaker's role as given in this article ("NATO Secretary General"), or null
 * @param cue            the reporting verb or phrase ("told reporters", "according to"), or null
 * @param cueSpan        where the cue stands, or null
 * @param date           when it was said, or null when neither the text nor the article date tell
 * @param context        the sentence or paragraph around the quote
 * @param confidence     in [0, 1]: how likely the quote and its speaker are both right
 */
public record Quote(String text, String normalizedText, QuoteType type, Span span, Speaker speaker,
                    String role, String cue, Span cueSpan, QuoteDate date, String context,
                    double confidence) {
}
