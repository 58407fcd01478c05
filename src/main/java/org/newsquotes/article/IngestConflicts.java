package org.newsquotes.article;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which ingest failures are a race with a concurrent ingest (in this instance or another one on the same
 * database) and are therefore retried: unique-key violations (the other transaction stored the same article
 * or speaker first; the retry finds it), deadlocks and serialization failures (PostgreSQL 40P01 / 40001),
 * lock timeouts and "concurrent update" conflicts (H2 HYT00 / 90131). Everything else is not retried.
 */
final class IngestConflicts {

    /** SQL states of transient concurrency conflicts. */
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "23505", // unique_violation (PostgreSQL; H2 uses 23505 too)
            "40001", // serialization_failure
            "40P01", // deadlock_detected (PostgreSQL)
            "HYT00", // lock timeout (H2)
            "90131"  // concurrent update in table (H2 MVStore)
    );

    private IngestConflicts() {
    }

    /** True when {@code e}, or any cause, is a conflict with a concurrent transaction worth retrying. */
    static boolean isRetryable(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause before retry {@code attempt} (1-based), so that racing requests spread out. */
    static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
