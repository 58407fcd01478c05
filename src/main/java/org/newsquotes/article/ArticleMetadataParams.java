package org.newsquotes.article;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The request parts beside the body that {@code POST /articles} and {@code POST /extract} share: the content
 * type, and the metadata query parameters of a raw text/plain or text/html body.
 */
public class ArticleMetadataParams {

    @HeaderParam(HttpHeaders.CONTENT_TYPE)
    @Parameter(hidden = true)
    String contentType;

    @QueryParam("title")
    @Parameter(description = "Headline (text/plain and text/html bodies only).", example = "U.S. to Propose New Talks With Russia on NATO")
    String title;

    @QueryParam("url")
    @Parameter(description = "Canonical article URL (text/plain and text/html bodies only).", example = "https://example.com/2022/01/12/nato-russia-talks")
    String url;

    @QueryParam("source")
    @Parameter(description = "Publisher (text/plain and text/html bodies only).", example = "Associated Press")
    String source;

    @QueryParam("publishedAt")
    @Parameter(description = "Publication date or RFC 3339 date-time (text/plain and text/html bodies only).", example = "2022-01-12")
    String publishedAt;

    @QueryParam("language")
    @Parameter(description = "Language tag (text/plain and text/html bodies only).", example = "en")
    String language;

    String contentType() {
        return contentType;
    }

    ArticleBodies.Metadata metadata() {
        return new ArticleBodies.Metadata(title, url, source, publishedAt, language);
    }
}
