package org.newsquotes.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import org.newsquotes.web.ApiException;

/**
 * Reads an article submission from a request body: JSON ({@link ArticleRequest}), or raw text/plain or
 * text/html with the metadata from query parameters.
 */
@ApplicationScoped
public class ArticleBodies {

    private final ObjectMapper mapper;

    public ArticleBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The metadata query parameters of a raw text or HTML post. */
    public record Metadata(String title, String url, String source, String publishedAt, String language) {
    }

    public ArticleSubmission parse(String contentType, String body, Metadata meta) throws JsonProcessingException {
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw new NotSupportedException("unreadable content type");
        }
        if (type == null) {
            throw new NotSupportedException("no content type");
        }
        String kind = type.getType() + "/" + type.getSubtype();
        return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case MediaType.APPLICATION_JSON -> ArticleSubmission.of(json(body));
            case MediaType.TEXT_PLAIN -> ArticleSubmission.of(new ArticleRequest(body, null, meta.title(), meta.url(),
                    meta.source(), meta.publishedAt(), meta.language()));
            case MediaType.TEXT_HTML -> ArticleSubmission.of(new ArticleRequest(null, body, meta.title(), meta.url(),
                    meta.source(), meta.publishedAt(), meta.language()));
            default -> throw new NotSupportedException("unsupported content type " + kind);
        };
    }

    private ArticleRequest json(String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw ApiException.badBody("body", "must be a JSON object with text or html");
        }
        try {
            ArticleRequest request = mapper.readValue(body, ArticleRequest.class);
            if (request == null) {
                throw ApiException.badBody("body", "must be a JSON object with text or html");
            }
            return request;
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw ApiException.badBody("body", "must be a JSON object with text or html");
            }
            throw e;
        }
    }
}
