package org.newsquotes.article;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.newsquotes.web.ApiException;
import org.newsquotes.web.FieldError;
import org.newsquotes.web.Texts;

/**
 * Reads an article submission from a request body: JSON ({@link ArticleRequest}), or raw text/plain or
 * text/html with the metadata from query parameters.
 */
@ApplicationScoped
public class ArticleBodies {

    private final ObjectMapper mapper;

    public ArticleBodies(ObjectMapper mapper) {
        this.mapper = strict(mapper);
    }

    /**
     * The shared mapper, stricter for article bodies: a number or boolean where a string belongs
     * ({@code "text": 5}, {@code "publishedAt": 20220112}) is a 400 naming the member instead of being stored as
     * its digits, and a member given twice is a 400 instead of the last one silently winning.
     */
    static ObjectMapper strict(ObjectMapper shared) {
        ObjectMapper strict = shared.copy();
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return strict;
    }

    /** Reads {@code body} as {@code type}; a member given twice is a 400 naming it. */
    private <T> T read(String body, Class<T> type) throws JsonProcessingException {
        try {
            return mapper.readValue(body, type);
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith(DUPLICATE)) {
                String name = message.substring(DUPLICATE.length()).replace("'", "");
                throw ApiException.badBody(Texts.clip(name, 40), "is given more than once");
            }
            throw e;
        }
    }

    /** How Jackson's duplicate detection starts its message: {@code Duplicate field 'text'}. */
    private static final String DUPLICATE = "Duplicate field ";

    /** The metadata query parameters of a raw text or HTML post. */
    public record Metadata(String title, String url, String source, String publishedAt, String language) {

        /** The name of the first parameter given, or null when none is. */
        String firstGiven() {
            String[][] named = {{"title", title}, {"url", url}, {"source", source}, {"publishedAt", publishedAt},
                {"language", language}};
            for (String[] n : named) {
                if (n[1] != null) {
                    return n[0];
                }
            }
            return null;
        }
    }

    /**
     * Parses a body. Text is decoded with the charset the content type names, UTF-8 when it names none
     * (JSON is always UTF-8); undecodable bytes are a 400.
     */
    public ArticleSubmission parse(String contentType, byte[] raw, Metadata meta) throws JsonProcessingException {
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
        String body = decode(raw, kind.equalsIgnoreCase(MediaType.APPLICATION_JSON) ? null : type.getParameters().get("charset"));
        return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
            case MediaType.APPLICATION_JSON -> ArticleSubmission.of(json(body, meta));
            case MediaType.TEXT_PLAIN -> ArticleSubmission.of(new ArticleRequest(body, null, meta.title(), meta.url(),
                    meta.source(), meta.publishedAt(), meta.language()));
            case MediaType.TEXT_HTML -> ArticleSubmission.of(new ArticleRequest(null, body, meta.title(), meta.url(),
                    meta.source(), meta.publishedAt(), meta.language()));
            default -> throw new NotSupportedException("unsupported content type " + kind);
        };
    }

    /**
     * Parses the JSON body of a batch ingest: an array of 1 to {@code max} {@link ArticleRequest} objects. A bad
     * article is a 400 whose field names its index, e.g. {@code [2].text}.
     */
    public List<ArticleSubmission> parseBatch(byte[] raw, int max) throws JsonProcessingException {
        String body = decode(raw, null);
        String shape = "must be a JSON array of 1 to " + max + " articles";
        if (body.isBlank()) {
            throw ApiException.badBody("body", shape);
        }
        ArticleRequest[] requests;
        try {
            requests = read(body, ArticleRequest[].class);
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                throw ApiException.badBody("body", shape);
            }
            throw e;
        }
        if (requests == null || requests.length == 0 || requests.length > max) {
            throw ApiException.badBody("body", shape);
        }
        List<ArticleSubmission> submissions = new ArrayList<>(requests.length);
        for (int i = 0; i < requests.length; i++) {
            if (requests[i] == null) {
                throw ApiException.badBody("[" + i + "]", "must be an article object");
            }
            try {
                submissions.add(ArticleSubmission.of(requests[i]));
            } catch (ApiException e) {
                String prefix = "[" + i + "].";
                throw new ApiException(e.status(), e.type(), prefix + e.getMessage(), e.errors().stream()
                        .map(f -> new FieldError(prefix + f.field(), f.message())).toList());
            }
        }
        return submissions;
    }

    private static String decode(byte[] raw, String charsetName) {
        Charset charset = StandardCharsets.UTF_8;
        if (charsetName != null) {
            try {
                charset = Charset.forName(charsetName.trim());
            } catch (IllegalArgumentException e) {
                throw new NotSupportedException("unknown charset " + charsetName);
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw == null ? new byte[0] : raw)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badBody("body", "is not valid " + charset.name());
        }
    }

    /**
     * A JSON body carries its metadata itself: a metadata query parameter beside it would be silently dropped
     * (the article stored without the date the client sent), so it is a 400 naming the parameter.
     */
    private ArticleRequest json(String body, Metadata meta) throws JsonProcessingException {
        String given = meta == null ? null : meta.firstGiven();
        if (given != null) {
            throw ApiException.badParameter(given, "is only read with a text/plain or text/html body; "
                    + "send it as a member of the JSON body");
        }
        if (body == null || body.isBlank()) {
            throw ApiException.badBody("body", "must be a JSON object with text or html");
        }
        try {
            ArticleRequest request = read(body, ArticleRequest.class);
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
