package org.newsquotes.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquotes.support.TestData;

/**
 * The article endpoints with the real extraction engine: only structure is asserted about quotes, so these
 * hold whatever the engine finds.
 */
@QuarkusTest
class ArticleResourceTest {

    static final String TEXT = "BRUSSELS — NATO and Russian officials are gathering Wednesday amid mounting pressure.\n"
            + "“I don’t think we can expect that these meetings will solve all issues,” NATO Secretary General "
            + "Jens Stoltenberg told reporters this week.";

    @Inject
    TestData data;

    @BeforeEach
    void clear() {
        data.clear();
    }

    static Map<String, Object> article(String text, String url) {
        var body = new java.util.HashMap<String, Object>();
        body.put("text", text);
        body.put("title", "NATO and Russia hold talks");
        body.put("source", "Associated Press");
        body.put("publishedAt", "2022-01-12");
        body.put("language", "en");
        if (url != null) {
            body.put("url", url);
        }
        return body;
    }

    static Response post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/articles");
    }

    @Test
    void postJsonStoresTheArticleAndAnswers201WithLocation() {
        Response r = post(article(TEXT, "https://example.com/nato-1"));
        r.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/articles/\\d+$"))
                .body("id", notNullValue())
                .body("title", equalTo("NATO and Russia hold talks"))
                .body("source", equalTo("Associated Press"))
                .body("url", equalTo("https://example.com/nato-1"))
                .body("publishedAt", equalTo("2022-01-12"))
                .body("language", equalTo("en"))
                .body("text", containsString("Stoltenberg"))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("ingestedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"))
                .body("quoteCount", greaterThanOrEqualTo(0))
                .body("$", hasKey("repairs")).body("$", hasKey("authors")).body("$", hasKey("dateline"))
                .body("$", hasKey("spunScore")).body("$", hasKey("spun"))
                .body("quotes.span", everyItem(notNullValue()))
                .body("quotes.article.id", everyItem(equalTo(r.path("id"))));
        int id = r.path("id");
        assertThat(r.header("Location")).endsWith("/api/v1/articles/" + id);
        assertThat(data.counts().articles()).isEqualTo(1);
        int quoteCount = r.path("quoteCount");
        assertThat(data.counts().quotes()).isEqualTo(quoteCount);
    }

    @Test
    void postingTheSameUrlAgainReturnsTheStoredArticleAndStoresNothing() {
        int id = post(article(TEXT, "https://example.com/nato-2")).then().statusCode(201).extract().path("id");
        TestData.Counts before = data.counts();
        post(article(TEXT + " Updated.", "https://example.com/nato-2")).then().statusCode(200)
                .header("Location", nullValue())
                .body("id", equalTo(id));
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void postingTheSameTextWithoutUrlAgainReturnsTheStoredArticle() {
        int id = post(article(TEXT, null)).then().statusCode(201).extract().path("id");
        TestData.Counts before = data.counts();
        post(article(TEXT, null)).then().statusCode(200).body("id", equalTo(id));
        given().contentType("text/plain; charset=UTF-8").body(TEXT).post("/api/v1/articles")
                .then().statusCode(200).body("id", equalTo(id));
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void postTextPlainTakesMetadataFromQueryParameters() {
        given().contentType("text/plain; charset=UTF-8").body(TEXT)
                .queryParam("title", "Plain").queryParam("source", "Associated Press")
                .queryParam("publishedAt", "2022-01-12T09:30:00+01:00").queryParam("url", "https://example.com/plain")
                .post("/api/v1/articles")
                .then().statusCode(201)
                .body("title", equalTo("Plain"))
                .body("publishedAt", equalTo("2022-01-12T08:30:00Z"))
                .body("url", equalTo("https://example.com/plain"))
                .body("text", containsString("Jens Stoltenberg"))
                .body("quoteCount", greaterThanOrEqualTo(0));
        assertThat(data.counts().articles()).isEqualTo(1);
    }

    @Test
    void getByIdIncludesTextAndQuotes() {
        int id = post(article(TEXT, null)).then().statusCode(201).extract().path("id");
        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("text", containsString("Stoltenberg"))
                .body("$", hasKey("quotes"));
        given().get("/api/v1/articles/" + id + "/quotes").then().statusCode(200)
                .body("page", equalTo(1)).body("pageSize", equalTo(20)).body("total", greaterThanOrEqualTo(0));
    }

    @Test
    void listIsPagedWithLinkHeaderAndFilters() {
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> body = article(TEXT + " Part " + i + ".", "https://example.com/list-" + i);
            body.put("publishedAt", "2022-01-1" + i);
            body.put("source", i == 3 ? "Los Angeles Times" : "Associated Press");
            post(body).then().statusCode(201);
        }
        Response first = given().queryParam("pageSize", 2).get("/api/v1/articles");
        first.then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(1)).body("pageSize", equalTo(2)).body("total", equalTo(3))
                .body("items[0].publishedAt", equalTo("2022-01-13"))
                .body("items[0]", org.hamcrest.Matchers.not(hasKey("text")));
        assertThat(first.header("Link"))
                .contains("</api/v1/articles?pageSize=2&page=1>; rel=\"first\"")
                .contains("</api/v1/articles?pageSize=2&page=2>; rel=\"next\"")
                .contains("</api/v1/articles?pageSize=2&page=2>; rel=\"last\"")
                .doesNotContain("rel=\"prev\"");
        Response second = given().queryParam("pageSize", 2).queryParam("page", 2).get("/api/v1/articles");
        second.then().body("items", hasSize(1)).body("items[0].publishedAt", equalTo("2022-01-11"));
        assertThat(second.header("Link")).contains("page=1>; rel=\"prev\"").doesNotContain("rel=\"next\"");

        given().queryParam("sort", "oldest").get("/api/v1/articles").then().body("items[0].publishedAt", equalTo("2022-01-11"));
        given().queryParam("source", "los angeles times").get("/api/v1/articles").then().body("total", equalTo(1));
        given().queryParam("from", "2022-01-12").queryParam("to", "2022-01-12").get("/api/v1/articles")
                .then().body("total", equalTo(1)).body("items[0].publishedAt", equalTo("2022-01-12"));
    }

    @Test
    void deleteRemovesTheArticleAndItsQuotes() {
        int keep = post(article(TEXT + " Other.", null)).then().statusCode(201).extract().path("id");
        int id = post(article(TEXT, null)).then().statusCode(201).extract().path("id");
        int keptQuotes = given().get("/api/v1/articles/" + keep).then().extract().path("quoteCount");
        given().delete("/api/v1/articles/" + id).then().statusCode(204);
        given().get("/api/v1/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/articles/" + id + "/quotes").then().statusCode(404);
        given().delete("/api/v1/articles/" + id).then().statusCode(404).body("field", equalTo("id"));
        assertThat(data.counts().articles()).isEqualTo(1);
        assertThat(data.counts().quotes()).isEqualTo(keptQuotes);
    }

    @Test
    void extractAnswersWhatWouldBeStoredAndStoresNothing() {
        given().contentType(ContentType.JSON).body(article(TEXT, "https://example.com/extract")).post("/api/v1/extract")
                .then().statusCode(200)
                .body("id", nullValue())
                .body("ingestedAt", nullValue())
                .body("title", equalTo("NATO and Russia hold talks"))
                .body("text", containsString("Stoltenberg"))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("quotes.id", everyItem(nullValue()));
        given().contentType("text/plain").body(TEXT).post("/api/v1/extract").then().statusCode(200)
                .body("text", endsWith("this week."));
        assertThat(data.counts()).isEqualTo(new TestData.Counts(0, 0, 0));
    }
}
