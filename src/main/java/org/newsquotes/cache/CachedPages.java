package org.newsquotes.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import org.newsquotes.web.PageView;
import org.newsquotes.web.Pages;

/**
 * Answers a list request from the {@link ResponseCache}, or reads the page, serialises it with the application's
 * JSON mapper (the one the uncached endpoint writes with, so the body is the same bytes) and caches it. Every
 * cached answer has a strong {@code ETag}; an {@code If-None-Match} naming it is answered 304 without a body. The
 * {@code Link} header is built per request, from the query string the client sent. With the cache switched off
 * the page is answered exactly as before the cache existed.
 */
@ApplicationScoped
public class CachedPages {

    /** What the uncached endpoint sends for a JSON body. */
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    private final ResponseCache cache;
    private final ObjectMapper mapper;

    public CachedPages(ResponseCache cache, ObjectMapper mapper) {
        this.cache = cache;
        this.mapper = mapper;
    }

    /**
     * The 200 (or 304) answer for the page {@code key} names; {@code key} must determine the page completely
     * (endpoint and every normalised parameter), and {@code read} must only be called with validated parameters.
     */
    public Response page(Object key, Supplier<? extends PageView<?>> read, UriInfo uri, String ifNoneMatch) {
        if (!cache.enabled()) {
            return Pages.ok(read.get(), uri); // as without a cache: no entity tag either
        }
        long generation = cache.generation();
        CachedPage page = cache.get(key);
        if (page == null) {
            page = serialise(read.get());
            cache.put(key, generation, page);
        }
        String link = Pages.linkHeader(page.figures(), uri);
        if (page.matches(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, page.etag()).header("Link", link).build();
        }
        return Response.ok(page.body(), JSON).header(HttpHeaders.ETAG, page.etag())
                .header("Link", link).build();
    }

    private CachedPage serialise(PageView<?> view) {
        try {
            return CachedPage.of(mapper.writeValueAsBytes(view), view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("page could not be written as JSON", e);
        }
    }
}
