package org.newsquotes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.support.TestData;

/** Hostile ingest bodies: over-long fields, deep nesting, control characters. 4xx problem or 201, never 5xx. */
@QuarkusTest
class HostileBodyTest {

    @Inject
    TestData data;

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("title 1001 chars", "{\"text\":\"Some text.\",\"title\":\"" + "t".repeat(1001) + "\"}", 400),
                Arguments.of("url 2049 chars", "{\"text\":\"Some text.\",\"url\":\"https://e.com/" + "u".repeat(2040) + "\"}", 400),
                Arguments.of("source 301 chars", "{\"text\":\"Some text.\",\"source\":\"" + "s".repeat(301) + "\"}", 400),
                Arguments.of("language 36 chars", "{\"text\":\"Some text.\",\"language\":\"" + "l".repeat(36) + "\"}", 400),
                Arguments.of("text over the cap", "{\"text\":\"" + "a".repeat(2_000_001) + "\"}", 400),
                Arguments.of("nesting 100 deep", "{\"text\":" + "[".repeat(100) + "]".repeat(100) + "}", 400),
                Arguments.of("huge number", "{\"text\":\"x\",\"title\":" + "9".repeat(2000) + "}", 400));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("bodies")
    void refusedWithProblemAndNothingStored(String what, String body, int expected) {
        TestData.Counts before = data.counts();
        Response r = given().contentType("application/json").body(body).post("/api/v1/articles");
        assertThat(r.statusCode()).as(what).isEqualTo(expected);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(data.counts()).isEqualTo(before);
    }

    static Stream<Arguments> oddText() {
        return Stream.of(
                Arguments.of("NUL in text", "\"We act,\\u0000\" the minister said."),
                Arguments.of("control chars in text", "\"We act,\\u0001\\u001b\" the minister said."),
                Arguments.of("lone surrogate", "\"We act,\\ud800\" the minister said."),
                Arguments.of("bidi and astral", "\"\\u202eWe act \\ud835\\udd04,\" the minister said."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("oddText")
    void oddCharactersInTextAreStoredOrRefusedNeverA500(String what, String jsonText) {
        Response r = given().contentType("application/json")
                .body("{\"text\":\"" + jsonText + "\",\"url\":\"https://example.com/odd/" + what.replace(' ', '-') + "\"}")
                .post("/api/v1/articles");
        assertThat(r.statusCode()).as(what).isIn(200, 201, 400);
        if (r.statusCode() >= 400) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        } else {
            assertThat(r.jsonPath().getString("text")).as("stored text of " + what).doesNotContain("\u0000");
        }
    }
}
