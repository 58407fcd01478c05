package org.newsquotes.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * The last HTTP route: any path that no resource, Swagger UI or management endpoint serves answers
 * 404 problem JSON instead of Vert.x's plain-text or HTML page.
 */
@ApplicationScoped
public class UnmatchedRouteFallback {

    void install(@Observes Router router, ProblemWriter writer) {
        router.route().last().handler(ctx -> {
            String path = ctx.request().path();
            ctx.response().setStatusCode(404)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(writer.json(404, ProblemType.NOT_FOUND, null, "no resource at " + path, path, List.of()));
        });
    }
}
