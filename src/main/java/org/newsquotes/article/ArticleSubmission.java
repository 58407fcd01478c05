package org.newsquotes.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.web.ApiException;

/**
 * A validated article submission: the extractor input plus the exact publication instant when a
 * date-time was given. Built from {@link ArticleRequest}; every rule violation is a 400 naming the member.
 */
public record ArticleSubmission(ArticleInput input, Instant publishedAt) {

    public static final int MAX_TEXT = 2_000_000;

    public static ArticleSubmission of(ArticleRequest r) {
        String text = blankToNull(r.text());
        String html = blankToNull(r.html());
        if (text == null && html == null) {
            throw ApiException.badBody("text", "is required (or html)");
        }
        if (text != null && html != null) {
            throw ApiException.badBody("html", "must not be given together with text");
        }
        check(text, "text", MAX_TEXT);
        check(html, "html", MAX_TEXT);
        String title = check(blankToNull(r.title()), "title", 1000);
        String url = url(check(blankToNull(r.url()), "url", 2048));
        String source = check(blankToNull(r.source()), "source", 300);
        String language = language(check(blankToNull(r.language()), "language", 35));
        Instant instant = null;
        LocalDate date = null;
        String published = blankToNull(r.publishedAt());
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException notADate) {
                try {
                    OffsetDateTime dt = OffsetDateTime.parse(published);
                    instant = dt.toInstant();
                    date = dt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw ApiException.badBody("publishedAt",
                            "must be a date (YYYY-MM-DD) or an RFC 3339 date-time with offset");
                }
            }
        }
        return new ArticleSubmission(new ArticleInput(text, html, title, url, source, date, language), instant);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String check(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badBody(field, "must be at most " + max + " characters");
        }
        if (value != null && value.indexOf('\0') >= 0) {
            throw ApiException.badBody(field, "must not contain NUL characters");
        }
        return value == null ? null : (field.equals("text") || field.equals("html") ? value : value.strip());
    }

    private static String url(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw ApiException.badBody("url", "must be an absolute http or https URL");
    }

    private static String language(String tag) {
        if (tag == null) {
            return null;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                throw ApiException.badBody("language", "must be a language tag such as en or en-GB");
            }
        }
        return tag;
    }
}
