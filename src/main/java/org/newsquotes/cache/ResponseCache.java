package org.newsquotes.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded in-process cache of serialised list pages, keyed by the endpoint and its normalised query
 * parameters. {@link #invalidate} starts a new generation: every entry of an older one is a miss from then on,
 * also one a request stores after the invalidation from data it read before (see {@link ByteBoundedLru}).
 * Metrics at /q/metrics: {@code quotes_cache_requests_total{result=hit|miss}},
 * {@code quotes_cache_invalidations_total{cause=local|remote}}, {@code quotes_cache_evictions_total},
 * {@code quotes_cache_bytes}, {@code quotes_cache_entries}.
 */
@ApplicationScoped
public class ResponseCache {

    /** Why the cache was emptied: a write of this instance, or a new data version seen in the database. */
    public enum Cause { LOCAL, REMOTE }

    private final AtomicLong generation = new AtomicLong();
    private final ByteBoundedLru<Object, CachedPage> entries;
    private final Counter hits;
    private final Counter misses;
    private final Counter localInvalidations;
    private final Counter remoteInvalidations;
    private final long maxBytes;
    private volatile boolean enabled;

    public ResponseCache(CacheConfig config, MeterRegistry registry) {
        this.enabled = config.enabled();
        this.maxBytes = config.maxSize().asLongValue();
        this.entries = new ByteBoundedLru<>(maxBytes);
        this.hits = Counter.builder("quotes.cache.requests").tag("result", "hit").register(registry);
        this.misses = Counter.builder("quotes.cache.requests").tag("result", "miss").register(registry);
        this.localInvalidations = Counter.builder("quotes.cache.invalidations").tag("cause", "local").register(registry);
        this.remoteInvalidations = Counter.builder("quotes.cache.invalidations").tag("cause", "remote").register(registry);
        FunctionCounter.builder("quotes.cache.evictions", entries, ByteBoundedLru::evictions).register(registry);
        Gauge.builder("quotes.cache.bytes", entries, ByteBoundedLru::bytes).baseUnit("bytes").register(registry);
        Gauge.builder("quotes.cache.entries", entries, ByteBoundedLru::size).register(registry);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Switches caching off or on at run time (operations, tests); switching empties the cache. */
    public void enabled(boolean on) {
        enabled = on;
        invalidate(Cause.LOCAL);
    }

    /** The current generation: read it before reading the database, store what was read under it. */
    public long generation() {
        return generation.get();
    }

    /** The page stored for {@code key} in the current generation, or null (counted as hit or miss). */
    public CachedPage get(Object key) {
        CachedPage page = entries.get(key, generation.get());
        (page == null ? misses : hits).increment();
        return page;
    }

    /** Stores a page read in generation {@code readIn}; nothing if the cache was invalidated since. */
    public void put(Object key, long readIn, CachedPage page) {
        if (enabled && readIn == generation.get()) {
            entries.put(key, page, readIn, page.weight(key));
        }
    }

    /** Drops every cached page. */
    public void invalidate(Cause cause) {
        generation.incrementAndGet();
        entries.clear();
        (cause == Cause.LOCAL ? localInvalidations : remoteInvalidations).increment();
    }

    long maxBytes() {
        return maxBytes;
    }

    long evictions() {
        return entries.evictions();
    }

    long bytes() {
        return entries.bytes();
    }

    int size() {
        return entries.size();
    }
}
