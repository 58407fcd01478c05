package org.newsquotes.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquotes.support.TestData;

/** {@code POST /api/v1/articles/batch}: many articles in one transaction, with the real extraction engine. */
@QuarkusTest
class ArticleBatchTest {

    static final String MAYOR = "“We will not back down,” Mayor Jane Doe said Tuesday. Doe added that the city would appeal.";
    static final String SENATOR = "“It is a start,” said Sen. John Roe, a Democrat from Ohio. “We need more,” Roe said.";

    @Inject
    TestData data;

    @BeforeEach
    void clear() {
        data.clear();
    }

    @Test
    void storesEachArticleOnceAndAnswersOneItemPerArticleInOrder() {
        var body = List.of(ArticleResourceTest.article(MAYOR, "https://example.com/batch/1"),
                ArticleResourceTest.article(SENATOR, null),
                ArticleResourceTest.article(MAYOR, "https://example.com/batch/1"));
        var r = given().contentType(ContentType.JSON).body(body).post("/api/v1/articles/batch");
        r.then().statusCode(200)
                .body("items.index", contains(0, 1, 2))
                .body("items.created", contains(true, true, false))
                .body("created", equalTo(2)).body("existing", equalTo(1))
                .body("items[0].quoteCount", greaterThan(0));
        int first = r.path("items[0].id");
        assertThat(r.<Integer>path("items[2].id")).isEqualTo(first);
        given().get("/api/v1/articles/" + first).then().statusCode(200).body("url", equalTo("https://example.com/batch/1"));
        given().queryParam("speaker", "roe").get("/api/v1/quotes").then().statusCode(200)
                .body("total", equalTo(2)).body("totalExact", equalTo(true)).body("items.speaker.name", hasItem("John Roe"));
        assertThat(data.counts().articles()).isEqualTo(2);

        given().contentType(ContentType.JSON).body(List.of(ArticleResourceTest.article(SENATOR, null)))
                .post("/api/v1/articles/batch").then().statusCode(200)
                .body("items[0].created", equalTo(false)).body("created", equalTo(0)).body("existing", equalTo(1));
    }

    @Test
    void aBadArticleIsNamedByItsIndexAndNothingIsStored() {
        Map<String, Object> noText = ArticleResourceTest.article(SENATOR, null);
        noText.remove("text");
        given().contentType(ContentType.JSON).body(List.of(ArticleResourceTest.article(MAYOR, null), noText))
                .post("/api/v1/articles/batch").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("[1].text"));
        Map<String, Object> badUrl = ArticleResourceTest.article(MAYOR, "ftp://example.com/x");
        given().contentType(ContentType.JSON).body(List.of(badUrl))
                .post("/api/v1/articles/batch").then().statusCode(400).body("errors[0].field", equalTo("[0].url"));
        assertThat(data.counts().articles()).isZero();
    }

    @Test
    void theBodyMustBeANonEmptyArrayOfAtMostTheLimit() {
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/articles/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body(ArticleResourceTest.article(MAYOR, null))
                .post("/api/v1/articles/batch").then().statusCode(400).body("errors[0].field", equalTo("body"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= ArticleBatchResource.MAX_BATCH; i++) {
            tooMany.add(ArticleResourceTest.article("“Number " + i + " is fine,” Jane Doe said.", null));
        }
        given().contentType(ContentType.JSON).body(tooMany).post("/api/v1/articles/batch").then().statusCode(400)
                .body("errors", hasSize(1));
        assertThat(data.counts().articles()).isZero();
    }
}
