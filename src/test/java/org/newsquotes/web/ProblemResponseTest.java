package org.newsquotes.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsquotes.support.TestData;

/** Every error answers RFC 9457 problem JSON naming the field at fault, and writes nothing. */
@QuarkusTest
class ProblemResponseTest {

    static final String PROBLEM = "application/problem+json";
    static final String TEXT = "“These will be exploratory discussions,” a senior official said.";

    @Inject
    TestData data;

    TestData.Counts before;

    @BeforeEach
    void seedOne() {
        data.clear();
        given().contentType("application/json").body("{\"text\": \"" + TEXT + "\", \"url\": \"https://example.com/one\"}")
                .post("/api/v1/articles").then().statusCode(201);
        before = data.counts();
    }

    static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue());
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"text\": ", "body", "urn:newsquotes:problem:malformed-json"),
                Arguments.of("not json at all", "body", "urn:newsquotes:problem:malformed-json"),
                Arguments.of("", "body", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("[1, 2]", "body", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"title\": \"no text\"}", "text", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"   \"}", "text", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"id\": 7, \"text\": \"x\"}", "id", "urn:newsquotes:problem:read-only-field"),
                Arguments.of("{\"text\": \"x\", \"quoteCount\": 3}", "quoteCount", "urn:newsquotes:problem:read-only-field"),
                Arguments.of("{\"text\": \"x\", \"colour\": \"red\"}", "colour", "urn:newsquotes:problem:unknown-field"),
                Arguments.of("{\"text\": {\"a\": 1}}", "text", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": 5}", "text", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": true}", "text", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"publishedAt\": 20220112}", "publishedAt", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"source\": 1.5}", "source", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"a\", \"text\": \"b\"}", "text", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"url\": \"https://a.example/1\", \"url\": \"https://a.example/2\"}", "url", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"html\": \"<p>x</p>\"}", "html", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"publishedAt\": \"12/01/2022\"}", "publishedAt", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"publishedAt\": \"2022-02-30\"}", "publishedAt", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"url\": \"not a url\"}", "url", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"url\": \"ftp://example.com/a\"}", "url", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"language\": \"en; drop table\"}", "language", "urn:newsquotes:problem:invalid-body"),
                Arguments.of("{\"text\": \"x\", \"title\": \"" + "t".repeat(1001) + "\"}", "title", "urn:newsquotes:problem:invalid-body"));
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badArticleBodiesAre400NamingTheFieldAndStoreNothing(String body, String field, String type) {
        for (String path : new String[] {"/api/v1/articles", "/api/v1/extract"}) {
            problem(given().contentType("application/json").body(body).post(path).then(), 400)
                    .body("type", equalTo(type))
                    .body("field", equalTo(field))
                    .body("errors[0].field", equalTo(field))
                    .body("instance", equalTo(path));
        }
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void badMetadataOnRawTextIs400() {
        problem(given().contentType("text/plain").body(TEXT + " More.").queryParam("publishedAt", "yesterday")
                .post("/api/v1/articles").then(), 400).body("field", equalTo("publishedAt"));
        problem(given().contentType("text/plain").body("  ").post("/api/v1/articles").then(), 400)
                .body("field", equalTo("text"));
        problem(given().contentType("text/plain").body(TEXT + " Twice.").queryParam("title", "One")
                .queryParam("title", "Two").post("/api/v1/articles").then(), 400).body("field", equalTo("title"));
        assertThat(data.counts()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/quotes?pageSize=101, pageSize",
            "/api/v1/quotes?pageSize=0, pageSize",
            "/api/v1/quotes?pageSize=ten, pageSize",
            "/api/v1/quotes?page=0, page",
            "/api/v1/quotes?page=-1, page",
            "/api/v1/quotes?type=quip, type",
            "/api/v1/quotes?sort=random, sort",
            "/api/v1/quotes?sort=id;drop table quote, sort",
            "/api/v1/quotes?from=2022-13-01, from",
            "/api/v1/quotes?to=yesterday, to",
            "/api/v1/quotes?from=2022-02-01&to=2022-01-01, from",
            "/api/v1/quotes?speakerId=abc, speakerId",
            "/api/v1/quotes?articleId=0, articleId",
            "/api/v1/quotes?minConfidence=high, minConfidence",
            "/api/v1/quotes?minConfidence=1.01, minConfidence",
            "/api/v1/articles?pageSize=101, pageSize",
            "/api/v1/articles?from=2022-1-1, from",
            "/api/v1/articles?sort=position, sort",
            "/api/v1/speakers?pageSize=500, pageSize",
            "/api/v1/speakers?kind=robot, kind",
            "/api/v1/speakers/1/quotes?type=bogus, type",
            "/api/v1/articles/1/quotes?pageSize=1000, pageSize",
            "/api/v1/quotes?speakr=stoltenberg, speakr",
            "/api/v1/quotes?type=direct&form=2022-01-01, form",
            "/api/v1/quotes?q=nato&pagesize=5, pagesize",
            "/api/v1/speakers?nmae=smith, nmae",
            "/api/v1/speakers?minConfidence=0.8, minConfidence",
            "/api/v1/articles?minConfidence=0.8, minConfidence",
            "/api/v1/articles?q=nato, q",
            "/api/v1/quotes/1?verbose=true, verbose",
            "/api/v1/speakers/1/quotes?speakerId=2, speakerId",
            "/api/v1/quotes?speaker=putin&speaker=biden, speaker",
            "/api/v1/quotes?type=direct&type=indirect, type",
            "/api/v1/quotes?page=1&page=2, page",
            "/api/v1/articles?source=AP&source=, source",
            "/api/v1/speakers?name=lee&name=lee, name",
            "/api/v1/articles/1/quotes?sort=position&sort=newest, sort"
    })
    void badQueryParametersAre400NamingTheParameter(String url, String field) {
        problem(given().urlEncodingEnabled(true).get(url.replace(" ", "%20")).then(), 400)
                .body("type", equalTo("urn:newsquotes:problem:invalid-parameter"))
                .body("field", equalTo(field))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", notNullValue());
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void metadataQueryParametersBesideAJsonBodyAre400NotDropped() {
        for (String path : new String[] {"/api/v1/articles", "/api/v1/extract"}) {
            problem(given().contentType("application/json").queryParam("publishedAt", "2022-01-12")
                    .body("{\"text\": \"“We are ready,” said Mayor Ann Lee.\"}").post(path).then(), 400)
                    .body("type", equalTo("urn:newsquotes:problem:invalid-parameter"))
                    .body("field", equalTo("publishedAt"))
                    .body("errors[0].message", containsString("JSON body"));
        }
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void everyDocumentedFilterTogetherIsAccepted() {
        long article = given().get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        String filters = "speaker=official&speakerId=1&q=discussions&type=direct&from=2022-01-01&to=2022-01-31"
                + "&source=AP&articleId=" + article + "&minConfidence=0.8&sort=oldest&page=1&pageSize=5";
        given().get("/api/v1/quotes?" + filters).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/articles/" + article + "/quotes?articleId=" + article).then().statusCode(200)
                .body("total", equalTo(1));
        problem(given().get("/api/v1/articles/" + article + "/quotes?articleId=" + (article + 1)).then(), 400)
                .body("field", equalTo("articleId"));
        given().get("/api/v1/speakers?name=official&kind=anonymous&page=1&pageSize=5").then().statusCode(200);
        given().get("/api/v1/articles?source=AP&from=2022-01-01&to=2022-01-31&sort=oldest&page=1&pageSize=5")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/articles/999999", "/api/v1/articles/abc", "/api/v1/articles/999999/quotes",
            "/api/v1/quotes/999999", "/api/v1/quotes/-3", "/api/v1/speakers/999999", "/api/v1/speakers/999999/quotes"})
    void unknownIdsAre404(String path) {
        problem(given().get(path).then(), 404).body("field", equalTo("id"));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/nothing", "/api/v2/quotes", "/nothing/at/all", "/api/v1/quotes/1/extra"})
    void unknownPathsAre404ProblemJson(String path) {
        problem(given().get(path).then(), 404).body("instance", equalTo(path));
    }

    @Test
    void wrongMethodIs405WithAllow() {
        problem(given().contentType("application/json").body("{}").put("/api/v1/articles/1").then(), 405)
                .header("Allow", containsString("GET"));
        problem(given().delete("/api/v1/quotes").then(), 405).header("Allow", containsString("GET"));
        problem(given().get("/api/v1/extract").then(), 405).header("Allow", containsString("POST"));
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().contentType("application/xml").body("<article/>").post("/api/v1/articles").then(), 415)
                .body("field", equalTo("Content-Type"));
        problem(given().contentType("application/x-www-form-urlencoded").formParam("text", "x")
                .post("/api/v1/extract").then(), 415);
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void unacceptableAcceptIs406() {
        problem(given().accept("application/xml").get("/api/v1/quotes").then(), 406).body("field", equalTo("Accept"));
    }

    @Test
    void unexpectedFailureIs500WithAGenericMessageAndWritesNothing() {
        io.quarkus.test.junit.QuarkusMock.installMockForType(new org.newsquotes.article.ExtractionService() {
            @Override
            public org.newsquotes.extraction.Extraction extract(org.newsquotes.extraction.ArticleInput input) {
                throw new IllegalStateException("secret internal detail");
            }
        }, org.newsquotes.article.ExtractionService.class);
        problem(given().contentType("application/json").body("{\"text\": \"A new article.\"}").post("/api/v1/articles").then(), 500)
                .body("title", equalTo("Internal Server Error"))
                .body("detail", not(containsString("secret")))
                .body(not(containsString("IllegalStateException")));
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void postToAnUnknownPathIs404ProblemJson() {
        problem(given().contentType("application/json").body("{}").post("/api/v1/nothing").then(), 404);
    }

    @Test
    void noErrorLeaksAStackTrace() {
        given().contentType("application/json").body("{\"text\": ").post("/api/v1/articles").then()
                .body(not(containsString("Exception"))).body(not(containsString("at org.")));
    }
}
