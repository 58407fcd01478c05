package org.newsquotes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(List.of("alpha-key", " beta-key ", "", "  "));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(nullValues = "NULL", value = {
        "alpha-key, true",
        "beta-key, true",
        "alpha-ke, false",
        "alpha-key2, false",
        "ALPHA-KEY, false",
        "'', false",
        "NULL, false",
    })
    void acceptsOnlyConfiguredKeys(String presented, boolean accepted) {
        assertThat(keys.accepts(presented)).isEqualTo(accepted);
    }

    @org.junit.jupiter.api.Test
    void blankEntriesAreNotKeys() {
        assertThat(keys.count()).isEqualTo(2);
        ApiKeys none = new ApiKeys(List.of(" ", ""));
        assertThat(none.configured()).isFalse();
        assertThat(none.accepts("")).isFalse();
        assertThat(none.accepts(" ")).isFalse();
    }
}
