package org.newsquotes.web;

/** The problem types this API answers with; {@code about:blank} means "see the HTTP status". */
public enum ProblemType {
    INVALID_PARAMETER("urn:newsquotes:problem:invalid-parameter", "Invalid request parameter"),
    INVALID_BODY("urn:newsquotes:problem:invalid-body", "Invalid request body"),
    MALFORMED_JSON("urn:newsquotes:problem:malformed-json", "Malformed JSON"),
    READ_ONLY_FIELD("urn:newsquotes:problem:read-only-field", "Field may not be set by the client"),
    UNKNOWN_FIELD("urn:newsquotes:problem:unknown-field", "Unknown field"),
    NOT_FOUND("about:blank", "Not Found"),
    CONFLICT("urn:newsquotes:problem:conflict", "Conflict"),
    HTTP("about:blank", null),
    INTERNAL("about:blank", "Internal Server Error");

    private final String uri;
    private final String title;

    ProblemType(String uri, String title) {
        this.uri = uri;
        this.title = title;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
