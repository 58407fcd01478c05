package org.newsquotes.security;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hard limits checked on the raw request before JAX-RS sees it, each refused with problem JSON:
 * <ul>
 *   <li>a declared {@code Content-Length} over {@code quarkus.http.limits.max-body-size} → 413 (Quarkus'
 *       own check would answer an empty 413; this one runs first, and a failure handler turns any other
 *       413 into problem JSON too);</li>
 *   <li>under the API prefix: a raw path or query string over its length limit → 414; a query parameter
 *       longer than {@code quotes.limits.max-param-length} → 400; malformed percent-escapes, invalid UTF-8
 *       or control characters (NUL included) in the path or any parameter → 400.</li>
 * </ul>
 * A chunked body without {@code Content-Length} that grows past the limit is cut off by Quarkus (connection
 * closed), not answered with a body: there is no way to answer cleanly mid-upload.
 */
@ApplicationScoped
public class RequestLimits {

    static final int ORDER = WriteGuard.ORDER + 1;

    private final LimitsConfig limits;
    private final SecurityConfig security;
    private final long maxBody;

    public RequestLimits(LimitsConfig limits, SecurityConfig security,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        this.limits = limits;
        this.security = security;
        this.maxBody = maxBody.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
        router.route().order(ORDER).failureHandler(this::onFailure);
    }

    void handle(RoutingContext ctx) {
        if (bodyTooLarge(ctx)) {
            refuseBody(ctx);
            return;
        }
        if (ctx.normalizedPath().startsWith(security.apiPathPrefix()) && !pathAndQueryAcceptable(ctx)) {
            return;
        }
        ctx.next();
    }

    void onFailure(RoutingContext ctx) {
        if (ctx.statusCode() == 413) {
            refuseBody(ctx);
        } else {
            ctx.next();
        }
    }

    private boolean bodyTooLarge(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return false;
        }
        try {
            return Long.parseLong(declared.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return false; // Netty refuses a malformed Content-Length itself
        }
    }

    private void refuseBody(RoutingContext ctx) {
        // the client may still be sending megabytes: close once the answer is out, as Quarkus' own check does
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        ctx.response().endHandler(done -> ctx.request().connection().close());
        Problems.send(ctx, "payload-too-large", "Request body too large", 413,
                "The request body is larger than the limit of " + maxBody + " bytes (about "
                        + limits.maxTextChars() / 1_000_000 + " MB of article text).",
                withLimit(Problems.fieldAtFault("body", "larger than " + maxBody + " bytes")));
    }

    /** Checks path and query; answers and returns false when one is refused. */
    private boolean pathAndQueryAcceptable(RoutingContext ctx) {
        String path = ctx.request().path();
        String query = ctx.request().query();
        boolean pathTooLong = path != null && path.length() > limits.maxPathLength();
        if (pathTooLong || query != null && query.length() > limits.maxQueryLength()) {
            Problems.send(ctx, "uri-too-long", "Request URI too long", 414,
                    "The path may have at most " + limits.maxPathLength() + " characters and the query string at most "
                            + limits.maxQueryLength() + ".", pathTooLong
                            ? Problems.fieldAtFault("path", "longer than " + limits.maxPathLength() + " characters")
                            : Problems.fieldAtFault("query", "longer than " + limits.maxQueryLength() + " characters"));
            return false;
        }
        try {
            StrictDecoding.decode(path == null ? "" : path, false);
        } catch (StrictDecoding.Refused e) {
            Problems.send(ctx, "invalid-path", "Invalid request path", 400,
                    "The request path contains " + e.getMessage() + ".", Problems.fieldAtFault("path", "contains " + e.getMessage()));
            return false;
        }
        return query == null || queryAcceptable(ctx, query);
    }

    private boolean queryAcceptable(RoutingContext ctx, String query) {
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            String name;
            try {
                name = StrictDecoding.decode(rawName, true);
            } catch (StrictDecoding.Refused e) {
                return refuseParam(ctx, null, "A query parameter name contains " + e.getMessage() + ".",
                        "a parameter name contains " + e.getMessage());
            }
            if (name.length() > limits.maxParamLength()) {
                return refuseParam(ctx, null, "A query parameter name is longer than "
                        + limits.maxParamLength() + " characters.", "a parameter name is longer than "
                        + limits.maxParamLength() + " characters");
            }
            try {
                String value = StrictDecoding.decode(rawValue, true);
                if (value.codePointCount(0, value.length()) > limits.maxParamLength()) {
                    return refuseParam(ctx, name, "The value of '" + name + "' is longer than "
                            + limits.maxParamLength() + " characters.", "longer than " + limits.maxParamLength() + " characters");
                }
            } catch (StrictDecoding.Refused e) {
                return refuseParam(ctx, name, "The value of '" + name + "' contains " + e.getMessage() + ".",
                        "contains " + e.getMessage());
            }
        }
        return true;
    }

    /**
     * Refuses a query parameter, naming it in {@code field} and {@code errors}; a name that cannot itself be
     * shown (control characters, over-long) is reported as the field {@code query}.
     */
    private boolean refuseParam(RoutingContext ctx, String name, String detail, String message) {
        Problems.send(ctx, "invalid-parameter", "Invalid query parameter", 400, detail,
                Problems.fieldAtFault(name == null ? "query" : name, message));
        return false;
    }

    private Map<String, Object> withLimit(Map<String, Object> members) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(members);
        all.put("limit", maxBody);
        return all;
    }
}
