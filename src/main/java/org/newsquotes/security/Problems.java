package org.newsquotes.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem documents written straight to a Vert.x response, for the guards that answer before
 * the JAX-RS layer runs. Types are stable URNs ({@code urn:newsquotes:problem:<slug>}).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:newsquotes:problem:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    /** Builds the problem body; {@code extra} adds members such as {@code parameter}. */
    public static Map<String, Object> body(String slug, String title, int status, String detail,
                                           String instance, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", TYPE_PREFIX + slug);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        if (instance != null) {
            p.put("instance", instance);
        }
        p.putAll(extra);
        return p;
    }

    /**
     * The {@code field} and {@code errors} members of a problem about one request field, shaped as the JAX-RS
     * layer's problems ({@code errors: [{field, message}]}), so that a client reads every 400/413/414 alike.
     */
    public static Map<String, Object> fieldAtFault(String field, String message) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("field", field);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        members.put("errors", List.of(error));
        return members;
    }

    /** Ends the exchange with the given problem. */
    public static void send(RoutingContext ctx, String slug, String title, int status, String detail,
                            Map<String, Object> extra) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        String body = toJson(body(slug, title, status, detail, ctx.normalizedPath(), extra));
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }

    static String toJson(Map<String, Object> problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problem not serialisable", e);
        }
    }
}
