package org.newsquotes.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseKindTest {

    @ParameterizedTest
    @CsvSource({
        "h2, false, true",
        "H2, false, true",
        "postgresql, true, false",
        "PostgreSQL, true, false",
        "pgsql, true, false",
        "pg, true, false",
        "' postgresql ', true, false",
        "mariadb, false, false",
    })
    void readsTheKindQuarkusAccepts(String setting, boolean postgresql, boolean h2) {
        DatabaseKind kind = new DatabaseKind(setting);

        assertThat(kind.isPostgresql()).isEqualTo(postgresql);
        assertThat(kind.isH2()).isEqualTo(h2);
    }
}
