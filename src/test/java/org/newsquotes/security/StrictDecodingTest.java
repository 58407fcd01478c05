package org.newsquotes.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StrictDecodingTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "stoltenberg|stoltenberg",
        "Jens+Stoltenberg|Jens Stoltenberg",
        "O%27Brien|O'Brien",
        "%25_|%_",
        "%F0%9F%98%80|\uD83D\uDE00",
        "%D7%A9%D7%9C%D7%95%D7%9D|\u05E9\u05DC\u05D5\u05DD",
        "%E2%80%AEabc|\u202Eabc",
        "1%3BDROP+TABLE+quote|1;DROP TABLE quote",
        "Mu\u00F1oz|Mu\u00F1oz",
    })
    void decodesWhatIsValid(String raw, String decoded) throws Exception {
        assertThat(StrictDecoding.decode(raw, true)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%00", "a%00b", "%C3%28", "%ED%A0%80", "%C0%AF", "%FF", "%", "%4", "%zz",
        "%01", "%1F", "%7F", "%C2%85", "%0A", "%09"})
    void refusesMalformedInvalidOrControl(String raw) {
        assertThatThrownBy(() -> StrictDecoding.decode(raw, true)).isInstanceOf(StrictDecoding.Refused.class);
    }

    @org.junit.jupiter.api.Test
    void plusIsLiteralInPaths() throws Exception {
        assertThat(StrictDecoding.decode("/api/v1/a+b", false)).isEqualTo("/api/v1/a+b");
    }
}
