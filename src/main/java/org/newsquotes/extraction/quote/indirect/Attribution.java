package org.newsquotes.extraction.quote.indirect;

/**
 * How a content clause stands to its cue: {@code LEADING} "X said (that) CONTENT", {@code TRAILING}
 * "CONTENT, X said", {@code ACCORDING} "according to X, CONTENT" or "CONTENT, according to X",
 * {@code HEADLINE} "X: CONTENT" in a title line or opening a paragraph, {@code NOUN} "his support for CONTENT", {@code TOPIC} "asked about CONTENT".
 */
public enum Attribution {
    LEADING, TRAILING, ACCORDING, HEADLINE, NOUN, TOPIC
}
