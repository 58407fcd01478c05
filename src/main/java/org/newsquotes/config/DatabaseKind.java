package org.newsquotes.config;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The kind of database this instance talks to, read once from {@code quarkus.datasource.db-kind}. The few
 * queries that take a different path per database (PostgreSQL full-text search, H2's ids-first speaker page) ask
 * this bean instead of each reading and parsing the setting.
 */
@ApplicationScoped
public class DatabaseKind {

    private final String kind;

    public DatabaseKind(@ConfigProperty(name = "quarkus.datasource.db-kind", defaultValue = "h2") String kind) {
        this.kind = kind.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for PostgreSQL under any of the names Quarkus accepts for it. */
    public boolean isPostgresql() {
        return kind.equals("postgresql") || kind.equals("pgsql") || kind.equals("pg");
    }

    /** True for H2, the embedded default. */
    public boolean isH2() {
        return kind.equals("h2");
    }
}
