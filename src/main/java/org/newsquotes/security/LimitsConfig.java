package org.newsquotes.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Hard limits on what a client may send ({@code quotes.limits.*}). The request body limit itself is
 * Quarkus' {@code quarkus.http.limits.max-body-size}; these complete it.
 */
@ConfigMapping(prefix = "quotes.limits")
public interface LimitsConfig {

    /** Longest accepted article text or HTML, in characters (also Jackson's longest string token). */
    @WithDefault("2097152")
    int maxTextChars();

    /** Longest accepted value of one query parameter, in characters after decoding. */
    @WithDefault("200")
    int maxParamLength();

    /** Longest accepted raw query string, in bytes. */
    @WithDefault("4096")
    int maxQueryLength();

    /** Longest accepted raw request path, in bytes. */
    @WithDefault("1024")
    int maxPathLength();

    /** Deepest accepted JSON nesting. */
    @WithDefault("32")
    int maxJsonNesting();

    /** Longest time one article's extraction may take before it is refused. */
    @WithDefault("10s")
    Duration extractionTimeout();

    /** Threads that run extractions (default: the number of processors). */
    Optional<Integer> extractionThreads();

    /** Extractions that may wait for a thread before new ones are refused with 503. */
    @WithDefault("32")
    int extractionQueue();
}
