package org.newsquotes.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The JSON body of {@code POST /articles} and {@code POST /extract}. Exactly one of {@code text} and
 * {@code html}; everything else optional. Unknown members are rejected, server-assigned ones ({@code id}...)
 * too.
 */
@Schema(name = "ArticleRequest", description = "An article to ingest or analyse: `text` or `html` (exactly one) plus optional metadata.")
public record ArticleRequest(
        @Schema(description = "The article as plain text. Required unless `html` is given.",
                example = "BRUSSELS — NATO and Russian officials are gathering Wednesday amid mounting pressure from Moscow.\n“I don’t think we can expect that these meetings will solve all issues,” NATO Secretary General Jens Stoltenberg told reporters this week.",
                maxLength = 2000000, nullable = true)
        String text,
        @Schema(description = "The article as HTML; the text is taken from the markup. Required unless `text` is given.",
                example = "<html><head><title>NATO and Russia meet</title></head><body><p>“What we are hoping for is that we can agree on a way forward,” NATO Secretary General Jens Stoltenberg told reporters.</p></body></html>",
                maxLength = 2000000, nullable = true)
        String html,
        @Schema(description = "Headline.", example = "U.S. to Propose New Talks With Russia on NATO", maxLength = 1000, nullable = true)
        String title,
        @Schema(description = "Canonical address of the article (http or https). Posting the same url again returns the stored article.",
                example = "https://example.com/2022/01/12/nato-russia-talks", maxLength = 2048, nullable = true)
        String url,
        @Schema(description = "Publisher name.", example = "Associated Press", maxLength = 300, nullable = true)
        String source,
        @Schema(description = "Publication date (YYYY-MM-DD) or date-time (RFC 3339 with offset).", example = "2022-01-12", nullable = true)
        String publishedAt,
        @Schema(description = "Language tag (BCP 47).", example = "en", maxLength = 35, nullable = true)
        String language) {
}
