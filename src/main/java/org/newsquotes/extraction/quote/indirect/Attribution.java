package org.newsquotes.extraction.quote.indirect;

/**
 * How a content clause stands to its cue: {@code LEADING} "X said (that) CONTENT", {@code TRAILING}
 * "CONTENT, X said", {@code ACCORDING} "according to X, CONTENT" or "CONTENT, according to X".
 */
public enum Attribution {
    LEADING, TRAILING, ACCORDING
}
