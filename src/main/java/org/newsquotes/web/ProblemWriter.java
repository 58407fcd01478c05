package org.newsquotes.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds {@code application/problem+json} responses. The body is serialised here, to a string, so that the
 * content type never depends on what the matched resource method produces.
 */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response response(int status, ProblemType type, String title, String detail, String instance,
                             List<FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(json(status, type, title, detail, instance, errors)).build();
    }

    public String json(int status, ProblemType type, String title, String detail, String instance,
                       List<FieldError> errors) {
        String field = errors.isEmpty() ? null : errors.get(0).field();
        Problem problem = new Problem(type.uri(), title != null ? title : type.title(), status, detail, instance,
                field, errors.isEmpty() ? null : errors);
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}";
        }
    }
}
