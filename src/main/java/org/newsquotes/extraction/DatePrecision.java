package org.newsquotes.extraction;

/** How precisely a quote's date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
