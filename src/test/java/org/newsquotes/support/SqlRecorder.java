package org.newsquotes.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Test helper: records the SQL Hibernate prepares while recording is on, to prove how many statements a
 * request costs (a JDBC batch of inserts counts once per prepared statement, not once per row).
 */
@PersistenceUnitExtension
public class SqlRecorder implements StatementInspector {

    private static final List<String> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
            }
        }
        return sql;
    }

    /** Forgets what was recorded and records from now on. */
    public static void start() {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
    }

    /** Stops recording; the statements recorded since {@link #start}, lower case, in order. */
    public static List<String> stop() {
        recording = false;
        synchronized (RECORDED) {
            return RECORDED.stream().map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        }
    }
}
