package org.newsquotes.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * The one-row counter {@code data_version} that every write bumps in its own transaction, and the check of it
 * that tells this instance that another one has written.
 * <ul>
 * <li>{@link #bump()}: called by every service method that changes articles, quotes or speakers, as its last
 * statement (the row lock is then held only until the commit). Once the transaction commits, this instance's
 * cached pages are dropped at once.</li>
 * <li>{@link #poll()}: reads the counter (one primary-key read on its own connection); a value other than the one
 * seen last drops the cached pages. {@link DataVersionPoller} calls it every {@code quotes.cache.version-poll}.</li>
 * </ul>
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    private static final Object REGISTERED = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final AgroalDataSource dataSource;
    private final ResponseCache cache;
    private long seen = -1;

    public DataVersion(EntityManager em, TransactionSynchronizationRegistry transactions, AgroalDataSource dataSource,
                       ResponseCache cache) {
        this.em = em;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.cache = cache;
    }

    /** In the current (write) transaction: counts a change, and drops this instance's cache after the commit. */
    public void bump() {
        em.createNativeQuery("update data_version set version = version + 1 where id = 1").executeUpdate();
        if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        cache.invalidate(ResponseCache.Cause.LOCAL);
                    }
                }
            });
        }
    }

    /**
     * Reads the counter; drops the cache when it moved since the last read (or on the first read, or when it
     * cannot be read: nothing is known then about other instances' writes). Returns the value read, or -1.
     */
    public synchronized long poll() {
        long version;
        try {
            version = read();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "data_version could not be read; dropping the cached pages");
            seen = -1;
            cache.invalidate(ResponseCache.Cause.REMOTE);
            return -1;
        }
        if (version != seen) {
            seen = version;
            cache.invalidate(ResponseCache.Cause.REMOTE);
        }
        return version;
    }

    /** The committed counter. */
    public long read() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version from data_version where id = 1")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
