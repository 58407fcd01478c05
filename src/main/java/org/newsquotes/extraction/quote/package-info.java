/**
 * Finding quotations: a linear quote-mark scanner ({@link org.newsquotes.extraction.quote.QuoteMarkScanner}),
 * attribution patterns around each quote ({@link org.newsquotes.extraction.quote.AttributionFinder}) with a
 * cue-verb lexicon mined from the PolNeAR train split, direct/partial typing and scare-quote handling
 * ({@link org.newsquotes.extraction.quote.DirectQuoteDetector}), and the indirect (reported speech) detector.
 */
package org.newsquotes.extraction.quote;
