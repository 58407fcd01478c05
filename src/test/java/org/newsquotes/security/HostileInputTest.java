package org.newsquotes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.support.TestData;

/**
 * Every filter and path parameter of /api/v1 with hostile values: the answer is a 4xx problem document or a
 * 200, never a 5xx, and the database keeps exactly the rows it had. Values are sent percent-encoded as
 * written (REST Assured's own encoding is off), so NUL and invalid UTF-8 reach the server as such.
 */
@QuarkusTest
class HostileInputTest {

    /** Raw (already percent-encoded) hostile values and what they stand for. */
    static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("single quote", "O%27Brien"),
            Map.entry("double quote", "%22quoted%22"),
            Map.entry("sql or", "1%27%20OR%20%271%27%3D%271"),
            Map.entry("sql drop", "x%27%3B%20DROP%20TABLE%20quote%3B--"),
            Map.entry("sql union", "1%20UNION%20SELECT%20*%20FROM%20article"),
            Map.entry("like wildcards", "%25_%25"),
            Map.entry("backslash", "%5C%5C%25"),
            Map.entry("10000 chars", "a".repeat(10_000)),
            Map.entry("control char", "a%01b"),
            Map.entry("escape", "%1B%5B31m"),
            Map.entry("newline", "a%0D%0Ab"),
            Map.entry("NUL", "a%00b"),
            Map.entry("invalid utf-8", "%C3%28"),
            Map.entry("lone byte", "%FF"),
            Map.entry("encoded surrogate", "%ED%A0%80"),
            Map.entry("emoji", "%F0%9F%98%80"),
            Map.entry("astral name", "%F0%9D%94%84%F0%9D%94%85"),
            Map.entry("hebrew", "%D7%A9%D7%9C%D7%95%D7%9D"),
            Map.entry("bidi override", "%E2%80%AEgrebnetlots"),
            Map.entry("bidi isolate", "%E2%81%A6x%E2%81%A9"),
            Map.entry("zero width", "stolten%E2%80%8Bberg"),
            Map.entry("negative", "-1"),
            Map.entry("huge number", "99999999999999999999999"),
            Map.entry("exponent", "1e3"),
            Map.entry("empty", ""),
            Map.entry("spaces", "%20%20"),
            Map.entry("date-like", "2022-13-45"),
            Map.entry("html", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"));

    static final Map<String, List<String>> FILTERS = Map.of(
            "/api/v1/quotes", List.of("speaker", "speakerId", "q", "type", "from", "to", "source", "articleId",
                    "sort", "page", "pageSize"),
            "/api/v1/articles", List.of("source", "from", "to", "sort", "page", "pageSize"),
            "/api/v1/speakers", List.of("name", "kind", "page", "pageSize"),
            "/api/v1/articles/1/quotes", List.of("page", "pageSize", "sort"),
            "/api/v1/speakers/1/quotes", List.of("page", "pageSize", "sort"));

    static final List<String> ID_PATHS = List.of("/api/v1/quotes/%s", "/api/v1/articles/%s",
            "/api/v1/articles/%s/quotes", "/api/v1/speakers/%s", "/api/v1/speakers/%s/quotes");

    @Inject
    TestData data;

    private TestData.Counts before;

    @BeforeEach
    void ensureSomeDataAndCount() {
        if (data.counts().articles() == 0) {
            given().contentType("application/json")
                    .body("{\"text\":\"\\\"We will not back down,\\\" Jens Stoltenberg said on Monday.\","
                            + "\"title\":\"Hostile input fixture\",\"source\":\"Test Wire\"}")
                    .post("/api/v1/articles").then().statusCode(201);
        }
        before = data.counts();
    }

    static Stream<Arguments> filters() {
        List<Arguments> cases = new ArrayList<>();
        FILTERS.forEach((path, params) -> params.forEach(param -> VALUES.forEach((what, raw) ->
                cases.add(Arguments.of(path + "?" + param + "=" + raw, param + " = " + what)))));
        return cases.stream();
    }

    static Stream<Arguments> ids() {
        List<Arguments> cases = new ArrayList<>();
        ID_PATHS.forEach(path -> VALUES.forEach((what, raw) -> {
            if (!raw.isEmpty()) {
                cases.add(Arguments.of(String.format(path, raw), "id = " + what));
            }
        }));
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] GET {1}")
    @MethodSource("filters")
    void hostileFilterIsAProblemOrAResult(String uri, String what) {
        assertSafe(given().urlEncodingEnabled(false).get(uri), uri);
    }

    @ParameterizedTest(name = "[{index}] GET {1}")
    @MethodSource("ids")
    void hostilePathIdIsAProblemOrAResult(String uri, String what) {
        assertSafe(given().urlEncodingEnabled(false).get(uri), uri);
    }

    @ParameterizedTest(name = "[{index}] DELETE {1}")
    @MethodSource("ids")
    void hostileDeleteIdChangesNothing(String uri, String what) {
        if (uri.startsWith("/api/v1/articles/") && !uri.endsWith("/quotes")) {
            assertSafe(given().urlEncodingEnabled(false).delete(uri), uri);
        }
    }

    private void assertSafe(Response response, String uri) {
        int status = response.statusCode();
        assertThat(status).as("status of %s", uri).isIn(200, 400, 404, 405, 414);
        if (status >= 400) {
            assertThat(response.contentType()).as("content type of %s", uri).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        } else {
            assertThat(response.jsonPath().getMap("$")).as("body of %s", uri).isNotNull();
        }
        assertThat(data.counts()).as("rows after %s", uri).isEqualTo(before);
    }
}
