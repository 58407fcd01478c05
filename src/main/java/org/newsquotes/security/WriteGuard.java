package org.newsquotes.security;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Decides, before any body is read, whether a request under the API may proceed.
 *
 * <ul>
 *   <li>Keys configured: writes (anything but GET/HEAD/OPTIONS) need a valid {@code X-API-Key}, else 401;
 *       with {@code protect-reads} so do GET/HEAD.</li>
 *   <li>No key configured: protected requests are accepted only from a loopback peer that carries no
 *       proxy header ({@code Forwarded}, {@code X-Forwarded-For}, {@code X-Real-IP}), else 403 telling how to
 *       configure keys. A reverse proxy on the same host therefore cannot turn network clients into
 *       "local" ones.</li>
 * </ul>
 * CORS preflights (OPTIONS) always pass.
 */
@ApplicationScoped
public class WriteGuard {

    public static final String HEADER = "X-API-Key";
    /** Route order: before Quarkus' own body-size check (-2) so that no body is read for a refused request. */
    static final int ORDER = -6;
    private static final Logger LOG = Logger.getLogger(WriteGuard.class);
    private static final String[] PROXY_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Real-IP"};

    private final ApiKeys keys;
    private final SecurityConfig config;

    public WriteGuard(ApiKeys keys, SecurityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    void announce(@Observes StartupEvent event) {
        if (keys.configured()) {
            LOG.infof("API keys configured (%d); writes%s need the %s header", keys.count(),
                    config.protectReads() ? " and reads" : "", HEADER);
        } else {
            LOG.warn("No API key configured (QUOTES_API_KEYS / quotes.security.api-keys): writes are accepted"
                    + " only from loopback clients. Configure keys before exposing this service to a network.");
        }
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (!ctx.normalizedPath().startsWith(config.apiPathPrefix()) || !needsCheck(ctx.request().method())) {
            ctx.next();
            return;
        }
        if (keys.configured()) {
            checkKey(ctx);
        } else if (isDirectLoopback(ctx.request())) {
            ctx.next();
        } else {
            Problems.send(ctx, "anonymous-write-refused", "Writes need an API key", 403,
                    "No API key is configured on this server, so it accepts writes only from its own host."
                            + " Set QUOTES_API_KEYS (comma-separated keys) on the server and send one in the "
                            + HEADER + " header.", Map.of());
        }
    }

    private void checkKey(RoutingContext ctx) {
        String presented = ctx.request().getHeader(HEADER);
        if (keys.accepts(presented)) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("WWW-Authenticate", "ApiKey realm=\"quotes\", header=\"" + HEADER + "\"");
        String detail = presented == null || presented.isEmpty()
                ? "This operation needs an API key in the " + HEADER + " header."
                : "The API key in the " + HEADER + " header is not valid.";
        Problems.send(ctx, "api-key-required", "Missing or invalid API key", 401, detail, Map.of());
    }

    private boolean needsCheck(HttpMethod method) {
        if (HttpMethod.OPTIONS.equals(method)) {
            return false;
        }
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        return !read || config.protectReads();
    }

    /** True for a client connected over loopback without any proxy header. */
    static boolean isDirectLoopback(HttpServerRequest request) {
        for (String header : PROXY_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        return isLoopback(request.remoteAddress());
    }

    static boolean isLoopback(SocketAddress address) {
        if (address == null || address.hostAddress() == null || address.hostAddress().isEmpty()) {
            return false;
        }
        String host = address.hostAddress();
        if (!isIpLiteral(host)) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Only IP literals are resolved, so the check never touches DNS. */
    static boolean isIpLiteral(String host) {
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = c == '.' || c == ':' || c == '%' || Character.digit(c, 16) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
