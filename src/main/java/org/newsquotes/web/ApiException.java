package org.newsquotes.web;

import java.util.List;

/**
 * A client or lookup error that becomes a problem response: status, problem type, detail and the fields
 * at fault. Thrown by services and parameter parsers; mapped by {@link ProblemMappers}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiException(int status, ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** 400: a query or path parameter is invalid. */
    public static ApiException badParameter(String field, String message) {
        return new ApiException(400, ProblemType.INVALID_PARAMETER, field + " " + message,
                List.of(new FieldError(field, message)));
    }

    /** 400: a member of the request body is invalid. */
    public static ApiException badBody(String field, String message) {
        return new ApiException(400, ProblemType.INVALID_BODY, field + " " + message,
                List.of(new FieldError(field, message)));
    }

    /** 404: nothing of this kind has this id. */
    public static ApiException notFound(String what, String field, Object id) {
        return new ApiException(404, ProblemType.NOT_FOUND, "no " + what + " with id " + id,
                List.of(new FieldError(field, "no " + what + " with this id")));
    }

    public int status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
