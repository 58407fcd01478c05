package org.newsquotes.quote;

/** The orders a quote list can be sorted in; nothing else reaches SQL. */
public enum QuoteSort {
    /** Latest quote date first (quotes without a date last), then newest stored first. */
    NEWEST,
    /** Earliest quote date first (quotes without a date last), then oldest stored first. */
    OLDEST,
    /** Article by article, in text order. */
    POSITION
}
