/**
 * The extraction engine's API (plain Java, no framework): {@link org.newsquotes.extraction.QuoteExtractor}
 * turns an {@link org.newsquotes.extraction.ArticleInput} into an {@link org.newsquotes.extraction.Extraction}
 * of {@link org.newsquotes.extraction.Quote}s with speakers, roles, cues, dates, spans and confidence.
 */
package org.newsquotes.extraction;
