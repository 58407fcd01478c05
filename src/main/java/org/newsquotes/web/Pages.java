package org.newsquotes.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a {@link PageView} in a 200 response with an RFC 8288 {@code Link} header (first, prev, next, last;
 * no last when the total is only a lower bound).
 * Links are path-absolute and keep every other query parameter the client sent.
 */
public final class Pages {

    private Pages() {
    }

    public static <T> Response ok(PageView<T> page, UriInfo uri) {
        return Response.ok(page).header("Link", linkHeader(page, uri)).build();
    }

    /** The {@code Link} header of {@code page} (only its figures are used, not its items). */
    public static String linkHeader(PageView<?> page, UriInfo uri) {
        int last = page.lastPage();
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last || !page.totalExact()) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        if (page.totalExact()) {
            links.add(link(uri, last, "last"));
        }
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int page, String rel) {
        URI target = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        String query = target.getRawQuery();
        return "<" + target.getRawPath() + (query == null ? "" : "?" + query) + ">; rel=\"" + rel + "\"";
    }
}
