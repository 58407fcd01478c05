package org.newsquotes.ops;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsquotes.security.Problems;

/** Answers a refused extraction with problem JSON: 422 when it took too long, 503 + Retry-After when busy. */
public class ExtractionRefusedMapper {

    @ServerExceptionMapper
    public Response map(ExtractionRefusedException e, UriInfo uri) {
        boolean timeout = e.reason() == ExtractionRefusedException.Reason.TIMEOUT;
        int status = timeout ? 422 : 503;
        String title = timeout ? "Extraction took too long" : "Extraction capacity exhausted";
        Map<String, Object> body = Problems.body(e.slug(), title, status, e.getMessage(),
                "/" + uri.getPath().replaceFirst("^/", ""),
                Map.of("timeoutMillis", e.timeout().toMillis()));
        Response.ResponseBuilder r = Response.status(status).type(Problems.MEDIA_TYPE).entity(body);
        return timeout ? r.build() : r.header("Retry-After", "5").build();
    }
}
