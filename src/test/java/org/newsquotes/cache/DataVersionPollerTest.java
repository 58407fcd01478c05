package org.newsquotes.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timer behind the staleness bound: polls every interval while the cache is on, never otherwise. */
class DataVersionPollerTest {

    static CacheConfig config(boolean enabled, Duration every) {
        return new CacheConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public MemorySize maxSize() {
                return new MemorySize(BigInteger.valueOf(1 << 20));
            }

            @Override
            public Duration versionPoll() {
                return every;
            }
        };
    }

    @ParameterizedTest(name = "enabled {0}, every {1} ms -> polls {2}")
    @CsvSource({"true, 20, true", "true, 0, false", "false, 20, false"})
    void pollsEveryIntervalOnlyWhenCachingAndTimed(boolean enabled, long millis, boolean polls) throws InterruptedException {
        AtomicInteger polled = new AtomicInteger();
        CountDownLatch fivePolls = new CountDownLatch(5);
        DataVersion version = new DataVersion(null, null, null, null) {
            @Override
            public synchronized long poll() {
                polled.incrementAndGet();
                fivePolls.countDown();
                return 0;
            }
        };
        DataVersionPoller poller = new DataVersionPoller(config(enabled, Duration.ofMillis(millis)), version);
        poller.start(null);
        try {
            boolean done = fivePolls.await(polls ? 5 : 0, TimeUnit.SECONDS);
            if (polls) {
                assertThat(done).as("five polls at 20 ms within 5 s").isTrue();
            } else {
                Thread.sleep(100);
                assertThat(polled).hasValue(0);
            }
        } finally {
            poller.stop(null);
        }
    }
}
