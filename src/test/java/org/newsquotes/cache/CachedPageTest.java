package org.newsquotes.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CachedPageTest {

    static final byte[] BODY = "{\"items\":[],\"page\":1,\"pageSize\":20,\"total\":0,\"totalExact\":true}".getBytes(StandardCharsets.UTF_8);

    /** {@code TAG} stands for the page's own entity tag. */
    @ParameterizedTest(name = "If-None-Match: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "TAG                 | true",
        "W/TAG               | true",
        "\"x\", TAG          | true",
        "\"x\",W/TAG         | true",
        "*                   | true",
        "\"x\"               | false",
        "''                  | false",
        "NULL                | false",
        "TAGx                | false",
        ",,,                 | false",
    })
    void ifNoneMatchUsesTheWeakComparison(String header, boolean matches) {
        CachedPage page = new CachedPage(BODY, CachedPage.etag(BODY), 1, 20, 0, true);
        String value = header == null ? null : header.replace("TAG", page.etag());
        assertThat(page.matches(value)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({"{}, {}, true", "{}, {\"a\":1}, false"})
    void theTagDependsOnlyOnTheBody(String a, String b, boolean same) {
        String ta = CachedPage.etag(a.getBytes(StandardCharsets.UTF_8));
        String tb = CachedPage.etag(b.getBytes(StandardCharsets.UTF_8));
        assertThat(ta.equals(tb)).isEqualTo(same);
        assertThat(ta).startsWith("\"").endsWith("\"").hasSize(26);
    }
}
