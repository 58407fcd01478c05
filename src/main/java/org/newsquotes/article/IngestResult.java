package org.newsquotes.article;

/** The outcome of an ingest: the article, and whether it was stored now (false: it was already there). */
public record IngestResult(ArticleView article, boolean created) {
}
