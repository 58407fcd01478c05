package org.newsquotes.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Calls {@link DataVersion#poll()} every {@code quotes.cache.version-poll} on one daemon thread, while the
 * cache is enabled: a write committed by another instance is seen here within that interval plus one read.
 * A zero interval starts no timer (the test profile, where tests poll themselves).
 */
@ApplicationScoped
public class DataVersionPoller {

    private static final Logger LOG = Logger.getLogger(DataVersionPoller.class);

    private final CacheConfig config;
    private final DataVersion version;
    private ScheduledExecutorService timer;

    public DataVersionPoller(CacheConfig config, DataVersion version) {
        this.config = config;
        this.version = version;
    }

    void start(@Observes StartupEvent event) {
        Duration every = config.versionPoll();
        if (!config.enabled() || every.isZero() || every.isNegative()) {
            return;
        }
        version.poll();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "data-version-poll");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pollQuietly, every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
        LOG.debugf("polling data_version every %s", every);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void pollQuietly() {
        try {
            version.poll();
        } catch (RuntimeException e) {
            LOG.warn("data_version poll failed", e);
        }
    }
}
