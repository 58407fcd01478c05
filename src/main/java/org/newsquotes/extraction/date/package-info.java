/**
 * When a quote was said: {@link org.newsquotes.extraction.date.QuoteDateResolver} reads weekday names,
 * relative words ("yesterday", "last month") and calendar dates near the reporting cue and resolves them
 * against the article's publication date. Hand-written linear token scanner; English only.
 */
package org.newsquotes.extraction.date;
