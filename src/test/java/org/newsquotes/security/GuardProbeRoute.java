package org.newsquotes.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test-only Vert.x route under the API prefix that answers 200 to any method, so that the guards can be
 * tested without depending on the service's resources (and without appearing in the OpenAPI document).
 */
@ApplicationScoped
public class GuardProbeRoute {

    public static final String PATH = "/api/v1/guard-probe";

    void install(@Observes Router router) {
        router.route(PATH + "*").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "application/json").end("{\"ok\":true}"));
    }
}
