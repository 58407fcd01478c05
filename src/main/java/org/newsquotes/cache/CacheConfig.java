package org.newsquotes.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the response cache ({@code quotes.cache.*}). */
@ConfigMapping(prefix = "quotes.cache")
public interface CacheConfig {

    /** Whether list responses are cached at all; false serves every request from the database. */
    @WithDefault("true")
    boolean enabled();

    /** Upper bound of the cached response bodies plus their keys, in bytes (e.g. {@code 64M}). */
    @WithDefault("64M")
    MemorySize maxSize();

    /**
     * How often {@code data_version} is read to see writes of other instances: the bound of how long a cached
     * response may stay stale after another instance's write has committed (plus the time of one read).
     * Zero turns the timer off (the test profile: tests call {@link DataVersion#poll()} themselves).
     */
    @WithDefault("250ms")
    Duration versionPoll();
}
