package org.newsquotes.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST call into RFC 9457 problem JSON: API errors, malformed or unexpected JSON,
 * JAX-RS status exceptions (404, 405, 406, 415...), bean validation, database conflicts and anything
 * unexpected (500 with a generic message and a reference; the stack trace only goes to the log).
 */
public class ProblemMappers {

    /** Body members a client may never set: the server assigns them. */
    static final Set<String> READ_ONLY = Set.of("id", "contentHash", "ingestedAt", "quotes", "quoteCount",
            "repairs", "spun", "spunScore", "authors", "dateline");

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ProblemWriter writer;

    public ProblemMappers(ProblemWriter writer) {
        this.writer = writer;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return writer.response(e.status(), e.type(), null, e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = fieldPath(e);
        if (READ_ONLY.contains(e.getPropertyName())) {
            return writer.response(400, ProblemType.READ_ONLY_FIELD, null,
                    field + " is assigned by the server and may not be set by the client", path(uri),
                    List.of(new FieldError(field, "may not be set by the client")));
        }
        return writer.response(400, ProblemType.UNKNOWN_FIELD, null, field + " is not a known field", path(uri),
                List.of(new FieldError(field, "unknown field")));
    }

    /** Declared so that Quarkus's own (plain JSON) mapper for this type is never chosen. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    /** Declared so that Quarkus's own mapper for this type is never chosen. */
    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JacksonException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(u, uri);
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty() && !(e instanceof JsonParseException)) {
            String field = fieldPath(m);
            return writer.response(400, ProblemType.INVALID_BODY, null, field + " has the wrong type or format",
                    path(uri), List.of(new FieldError(field, "wrong type or format")));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return writer.response(400, ProblemType.MALFORMED_JSON, null, "the request body is not valid JSON" + where,
                path(uri), List.of(new FieldError("body", "not valid JSON")));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(leaf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return writer.response(400, ProblemType.INVALID_PARAMETER, null, detail, path(uri), errors);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return writer.response(404, ProblemType.NOT_FOUND, null, "no resource at " + path(uri), path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Set<String> allowed = e.getResponse().getAllowedMethods();
        if (allowed == null || allowed.isEmpty()) {
            allowed = allowedFor(path(uri));
        }
        Response r = writer.response(405, ProblemType.HTTP, "Method Not Allowed",
                "allowed methods here: " + String.join(", ", allowed), path(uri), List.of());
        return Response.fromResponse(r).allow(allowed).build();
    }

    /** The methods the API serves on a path (for the Allow header of a 405). */
    static Set<String> allowedFor(String path) {
        String p = path == null ? "" : (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
        if (p.equals("/api/v1/articles")) {
            return new java.util.TreeSet<>(Set.of("GET", "POST"));
        }
        if (p.equals("/api/v1/extract")) {
            return Set.of("POST");
        }
        if (p.startsWith("/api/v1/articles/") && p.indexOf('/', "/api/v1/articles/".length()) < 0) {
            return new java.util.TreeSet<>(Set.of("DELETE", "GET"));
        }
        return Set.of("GET");
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return writer.response(415, ProblemType.HTTP, "Unsupported Media Type",
                "content type " + (type == null ? "(none)" : type) + " is not accepted here", path(uri),
                List.of(new FieldError("Content-Type", "unsupported media type")));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        return writer.response(406, ProblemType.HTTP, "Not Acceptable",
                "this resource only produces application/json", path(uri),
                List.of(new FieldError("Accept", "no acceptable representation")));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        return writer.response(status, ProblemType.HTTP, info.getReasonPhrase(), e.getMessage(), path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response conflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.warnf("constraint violation on %s: %s", path(uri), e.getConstraintName());
        return writer.response(409, ProblemType.CONFLICT, null,
                "the request conflicts with stored data; retry it", path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String ref = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s on %s", ref, path(uri));
        return writer.response(500, ProblemType.INTERNAL, null,
                "an unexpected error occurred; reference " + ref, path(uri), List.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String fieldPath(JsonMappingException e) {
        String joined = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return joined.isEmpty() ? "body" : joined.replace(".[", "[");
    }

    private static String leaf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
