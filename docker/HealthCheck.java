import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Container HEALTHCHECK probe: exits 0 when the given URL answers HTTP 200 within three seconds, 1 otherwise.
 * Used instead of curl/wget so the runtime image needs no extra packages (the JRE base image does not
 * promise either tool). Usage: {@code java -cp /deployments/healthcheck HealthCheck http://127.0.0.1:8080/q/health/ready}
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/q/health/ready";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println("health check failed: " + e);
            System.exit(1);
        }
    }
}
