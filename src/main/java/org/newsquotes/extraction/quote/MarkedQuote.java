package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.Span;

/**
 * Text between a pair of double quotation marks, found by {@link QuoteMarkScanner}.
 *
 * @param inner      the text inside the marks, without them (trimmed of spaces)
 * @param open       offset of the opening mark
 * @param close      offset of the closing mark, or the paragraph end when the quote runs on
 * @param closed     whether a closing mark was found in this paragraph
 * @param runsOn     part of a multi-paragraph quote that continues in the next paragraph
 * @param continued  part of a multi-paragraph quote that started in an earlier paragraph
 */
public record MarkedQuote(Span inner, int open, int close, boolean closed, boolean runsOn, boolean continued) {

    /**
     * The offset in {@code text} of what follows the closing mark, one space skipped ("“…” (2005)" gives the
     * offset of "("); -1 when the quote has no closing mark.
     */
    int afterClose(String text) {
        if (!closed) {
            return -1;
        }
        int i = close + 1;
        return i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
    }
}
