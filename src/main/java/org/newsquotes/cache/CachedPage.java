package org.newsquotes.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Arrays;
import org.newsquotes.web.PageView;

/**
 * One serialised page of a list: the JSON body exactly as the uncached endpoint writes it, its strong entity
 * tag (a digest of the body, so equal bodies have equal tags on every instance), and the page figures the
 * {@code Link} header is built from (the header depends on the query string the client sent, so it is not
 * cached).
 */
public record CachedPage(byte[] body, String etag, int page, int pageSize, long total, boolean totalExact) {

    /** Bytes of an entry beyond its body and key: the record, the array header, the tag and the map node. */
    static final int OVERHEAD = 200;

    public static CachedPage of(byte[] body, PageView<?> view) {
        return new CachedPage(body, etag(body), view.page(), view.pageSize(), view.total(), view.totalExact());
    }

    /** The page figures without the items, for {@link org.newsquotes.web.Pages#linkHeader}. */
    public PageView<Object> figures() {
        return new PageView<>(java.util.List.of(), page, pageSize, total, totalExact);
    }

    /** True when an {@code If-None-Match} header value names this page's tag (weak comparison, RFC 9110 13.1.2). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",", 64)) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    long weight(Object key) {
        return body.length + OVERHEAD + 2L * String.valueOf(key).getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CachedPage p && Arrays.equals(body, p.body) && etag.equals(p.etag) && page == p.page
                && pageSize == p.pageSize && total == p.total && totalExact == p.totalExact;
    }

    @Override
    public int hashCode() {
        return etag.hashCode();
    }

    @Override
    public String toString() {
        return "CachedPage[" + body.length + " bytes, etag " + etag + ", page " + page + "]";
    }
}
