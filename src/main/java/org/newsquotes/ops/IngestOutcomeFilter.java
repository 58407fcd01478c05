package org.newsquotes.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts ingest outcomes from the responses of {@code POST .../articles}: 201 created, 200 duplicate, 4xx/5xx
 * an error tagged with the problem's {@code type}. Keeps the resource free of metrics code.
 */
public class IngestOutcomeFilter {

    private final IngestMetrics metrics;
    private final ObjectMapper json;

    public IngestOutcomeFilter(IngestMetrics metrics, ObjectMapper json) {
        this.metrics = metrics;
        this.json = json;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"POST".equals(request.getMethod()) || !isIngestPath(request.getUriInfo().getPath())) {
            return;
        }
        int status = response.getStatus();
        if (status == 201) {
            metrics.created();
        } else if (status == 200) {
            metrics.duplicate();
        } else if (status >= 400) {
            metrics.error(problemType(response.getEntity(), status));
        }
    }

    static boolean isIngestPath(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.endsWith("/api/v1/articles");
    }

    private String problemType(Object entity, int status) {
        if (entity == null) {
            return "status-" + status;
        }
        try {
            JsonNode type = json.valueToTree(entity).path("type");
            return type.isTextual() ? type.asText() : "status-" + status;
        } catch (IllegalArgumentException e) {
            return "status-" + status;
        }
    }
}
