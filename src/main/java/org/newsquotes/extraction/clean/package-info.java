/**
 * Input repair and cleaning: HTML to text (jsoup), mojibake repair, newsletter/promo trailers and credit
 * lines, byline and dateline, and detection of machine-"spun" text. Entry point:
 * {@link org.newsquotes.extraction.clean.ArticleCleaner}; {@link org.newsquotes.extraction.clean.SpunText}
 * de-spins words and quotes. All scanners are hand-written and linear; no regular expressions.
 *
 * <p>Paragraphs: plain text keeps its own separators (single line breaks as in the seed articles, blank
 * lines as in PolNeAR); text from HTML has one paragraph per line, single line breaks.
 */
package org.newsquotes.extraction.clean;
