package org.newsquotes.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short form of an article inside a quote. */
@Schema(description = "The article a quote appeared in (short form; the full article is at /api/v1/articles/{id}).")
public record ArticleRef(
        @Schema(description = "Article id; null in /extract results.", example = "2", nullable = true)
        Long id,
        @Schema(description = "Headline.", example = "U.S. to Propose New Talks With Russia on NATO", nullable = true)
        String title,
        @Schema(description = "Publisher.", example = "Associated Press", nullable = true)
        String source,
        @Schema(description = "Where the article was published.", nullable = true)
        String url,
        @Schema(description = "Publication date (YYYY-MM-DD) or date-time (RFC 3339, UTC).", example = "2022-01-12", nullable = true)
        String publishedAt) {
}
