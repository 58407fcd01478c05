package org.newsquotes.extraction;

import java.time.LocalDate;

/**
 * When a quote was said: the resolved {@code date}, its {@code precision}, and the words it came from
 * ({@code text}, e.g. "Tuesday"; null when the article's publication date was used as a fallback).
 */
public record QuoteDate(LocalDate date, DatePrecision precision, String text) {
}
