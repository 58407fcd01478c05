/**
 * Quotes: the stored quotations with speaker, role, cue, date and span, and the quote search API
 * (by speaker name or alias, words, type, date range, source, article), paged and sorted from a fixed list.
 */
package org.newsquotes.quote;
