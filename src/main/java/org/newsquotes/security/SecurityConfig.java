package org.newsquotes.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Who may call the API ({@code quotes.security.*}).
 *
 * <p>With no key configured, writes are accepted only from loopback clients that did not come through a
 * proxy; a warning is logged at start-up. Once at least one key is configured, every write needs a valid
 * {@code X-API-Key} header, from anywhere.
 */
@ConfigMapping(prefix = "quotes.security")
public interface SecurityConfig {

    /** Accepted API keys (comma-separated; from {@code QUOTES_API_KEYS}). Blank entries are ignored. */
    Optional<List<String>> apiKeys();

    /** When true, GET/HEAD under the API need the key as well. */
    @WithDefault("false")
    boolean protectReads();

    /** The path prefix the guards apply to. */
    @WithDefault("/api/")
    String apiPathPrefix();
}
