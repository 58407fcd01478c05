package org.newsquotes.extraction;

import java.time.LocalDate;

/**
 * What the extractor is given: either plain {@code text} or {@code html} (one of them non-blank),
 * plus optional metadata. Missing metadata is {@code null}; the HTML's meta tags may fill title and date.
 */
public record ArticleInput(String text, String html, String title, String url, String source,
                           LocalDate publishedAt, String language) {

    public static ArticleInput ofText(String text, LocalDate publishedAt) {
        return new ArticleInput(text, null, null, null, null, publishedAt, null);
    }

    public static ArticleInput ofHtml(String html, LocalDate publishedAt) {
        return new ArticleInput(null, html, null, null, null, publishedAt, null);
    }
}
