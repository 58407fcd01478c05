package org.newsquotes.quote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.newsquotes.support.FixedExtractionService.GREENE;
import static org.newsquotes.support.FixedExtractionService.OFFICIAL;
import static org.newsquotes.support.FixedExtractionService.OFFICIAL_2;
import static org.newsquotes.support.FixedExtractionService.PESKOV;
import static org.newsquotes.support.FixedExtractionService.SMITH;
import static org.newsquotes.support.FixedExtractionService.STOLTENBERG_1;
import static org.newsquotes.support.FixedExtractionService.STOLTENBERG_2;
import static org.newsquotes.support.FixedExtractionService.STOLTENBERG_ACCENT;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.article.ExtractionService;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Quote;
import org.newsquotes.support.FixedExtractionService;
import org.newsquotes.support.TestData;

/**
 * {@code minConfidence} on the three quote lists: the articles of {@link QuoteSearchTest}, with the confidences of
 * {@link #CONFIDENCE} instead of one value for all, so that each threshold keeps a known set of quotes.
 */
@QuarkusTest
class QuoteConfidenceFilterTest {

    /** Confidence per quote: 8 quotes, 4 at 0.8 or above (one exactly 0.8), 3 at 0.9 or above, 2 at 0.95. */
    static final Map<String, Double> CONFIDENCE = Map.of(STOLTENBERG_1, 0.95, STOLTENBERG_2, 0.8,
            STOLTENBERG_ACCENT, 0.32, OFFICIAL, 0.9, OFFICIAL_2, 0.6, PESKOV, 0.32, SMITH, 0.79, GREENE, 0.95);

    /** {@link FixedExtractionService} with the confidences of {@link #CONFIDENCE}. */
    static final class Graded extends FixedExtractionService {
        @Override
        public Extraction extract(ArticleInput input) {
            Extraction fixed = super.extract(input);
            return new Extraction(fixed.article(), fixed.quotes().stream().map(q -> new Quote(q.text(), q.normalizedText(),
                    q.type(), q.span(), q.speaker(), q.role(), q.cue(), q.cueSpan(), q.date(), q.context(),
                    CONFIDENCE.get(q.text()))).toList());
        }
    }

    @Inject
    TestData data;

    int a1;
    long stoltenberg;

    @BeforeEach
    void ingestGradedArticles() {
        data.clear();
        QuarkusMock.installMockForType(new Graded(), ExtractionService.class);
        a1 = given().contentType(ContentType.JSON)
                .body(Map.of("text", QuoteSearchTest.A1, "source", "Associated Press", "publishedAt", "2022-01-12"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        given().contentType("text/plain; charset=UTF-8").body(QuoteSearchTest.A2).queryParam("publishedAt", "1995-01-16")
                .post("/api/v1/articles").then().statusCode(201);
        given().contentType("text/html; charset=UTF-8").body(QuoteSearchTest.A3)
                .post("/api/v1/articles").then().statusCode(201).body("quotes", hasSize(3));
        stoltenberg = given().queryParam("name", "stoltenberg").get("/api/v1/speakers")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    static List<String> texts(Response r) {
        return r.then().statusCode(200).extract().path("items.text");
    }

    @ParameterizedTest
    @CsvSource({"0, 8", "0.0, 8", "0.32, 8", "0.33, 6", "0.79, 5", "0.8, 4", "0.80, 4", "0.8000001, 3",
        "0.9, 3", "0.95, 2", "0.96, 0", "1, 0", "1.0, 0"})
    void everyListedQuoteReachesTheThresholdAndTheTotalCountsOnlyThose(String threshold, int total) {
        given().queryParam("minConfidence", threshold).queryParam("pageSize", 100).get("/api/v1/quotes")
                .then().statusCode(200)
                .body("total", equalTo(total))
                .body("totalExact", equalTo(true))
                .body("items", hasSize(total))
                .body("items.confidence", everyItem(greaterThanOrEqualTo((float) Double.parseDouble(threshold))));
    }

    @Test
    void withoutTheParameterEveryQuoteIsListed() {
        given().queryParam("pageSize", 100).get("/api/v1/quotes").then().statusCode(200)
                .body("total", equalTo(8)).body("items.confidence", hasItem(0.32f));
    }

    @Test
    void theLowerBoundIsInclusive() {
        assertThat(texts(given().queryParam("minConfidence", "0.8").get("/api/v1/quotes")))
                .as("newest first, undated last; 0.8 itself is in").containsExactly(STOLTENBERG_1, STOLTENBERG_2, OFFICIAL, GREENE);
    }

    @Test
    void combinesWithTheOtherFilters() {
        assertThat(texts(given().queryParam("speaker", "Stoltenberg").queryParam("minConfidence", "0.8")
                .get("/api/v1/quotes"))).containsExactly(STOLTENBERG_1, STOLTENBERG_2);
        given().queryParam("speaker", "stoltenberg").queryParam("minConfidence", "0.9").get("/api/v1/quotes")
                .then().body("total", equalTo(1)).body("items.text", contains(STOLTENBERG_1));
        given().queryParam("type", "indirect").get("/api/v1/quotes").then().body("total", equalTo(1));
        given().queryParam("type", "indirect").queryParam("minConfidence", "0.5").get("/api/v1/quotes")
                .then().body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("q", "discussions").get("/api/v1/quotes").then().body("total", equalTo(2));
        assertThat(texts(given().queryParam("q", "discussions").queryParam("minConfidence", "0.92").get("/api/v1/quotes")))
                .containsExactly(GREENE);
        assertThat(texts(given().queryParam("from", "2022-01-01").queryParam("minConfidence", "0.5")
                .queryParam("sort", "oldest").get("/api/v1/quotes"))).containsExactly(STOLTENBERG_2, SMITH, STOLTENBERG_1);
    }

    /** The speaker's list is filtered, its {@code quoteCount} (here and in /speakers) is not. */
    @Test
    void speakerQuotesAreFilteredButTheSpeakerCountsEveryQuote() {
        String path = "/api/v1/speakers/" + stoltenberg + "/quotes";
        given().get(path).then().statusCode(200).body("total", equalTo(3));
        given().queryParam("minConfidence", "0.8").get(path).then().statusCode(200).body("total", equalTo(2))
                .body("items.text", contains(STOLTENBERG_1, STOLTENBERG_2))
                .body("items.confidence", everyItem(greaterThanOrEqualTo(0.8f)));
        given().queryParam("minConfidence", "0.8").queryParam("sort", "oldest").get(path).then()
                .body("items.text", contains(STOLTENBERG_2, STOLTENBERG_1));
        given().queryParam("minConfidence", "0.99").get(path).then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/speakers/" + stoltenberg).then().body("quoteCount", equalTo(3));
        given().queryParam("name", "stoltenberg").get("/api/v1/speakers").then().body("items[0].quoteCount", equalTo(3));
    }

    /** The article's list is filtered (still in text order), its {@code quoteCount} is not. */
    @Test
    void articleQuotesAreFilteredButTheArticleCountsEveryQuote() {
        String path = "/api/v1/articles/" + a1 + "/quotes";
        given().get(path).then().statusCode(200).body("total", equalTo(4));
        given().queryParam("minConfidence", "0.6").get(path).then().statusCode(200).body("total", equalTo(3))
                .body("items.text", contains(STOLTENBERG_1, SMITH, OFFICIAL_2))
                .body("items.confidence", everyItem(greaterThanOrEqualTo(0.6f)));
        given().queryParam("minConfidence", "0.8").get(path).then().body("total", equalTo(1))
                .body("items.text", contains(STOLTENBERG_1));
        given().get("/api/v1/articles/" + a1).then().body("quoteCount", equalTo(4)).body("quotes", hasSize(4));
    }

    /** The cached page of a list without the filter is never the answer with it, nor the other way round. */
    @Test
    void cachedPagesAreKeptApartPerThreshold() {
        String speakerPath = "/api/v1/speakers/" + stoltenberg + "/quotes";
        for (int round = 0; round < 2; round++) {
            given().get("/api/v1/quotes").then().body("total", equalTo(8));
            given().queryParam("minConfidence", "0.9").get("/api/v1/quotes").then().body("total", equalTo(3));
            given().queryParam("minConfidence", "0.8").get("/api/v1/quotes").then().body("total", equalTo(4));
            given().queryParam("minConfidence", "0.80").get("/api/v1/quotes").then().body("total", equalTo(4));
            given().get(speakerPath).then().body("total", equalTo(3));
            given().queryParam("minConfidence", "0.9").get(speakerPath).then().body("total", equalTo(1));
        }
        String unfiltered = given().get("/api/v1/quotes").header("ETag");
        String filtered = given().queryParam("minConfidence", "0.9").get("/api/v1/quotes").header("ETag");
        assertThat(filtered).isNotNull().isNotEqualTo(unfiltered);
    }

    @Test
    void pageLinksKeepTheThreshold() {
        Response r = given().queryParam("minConfidence", "0.8").queryParam("pageSize", 3).get("/api/v1/quotes");
        r.then().statusCode(200).body("total", equalTo(4)).body("items", hasSize(3));
        assertThat(r.header("Link")).contains("minConfidence=0.8").contains("page=2>; rel=\"next\"")
                .contains("page=2>; rel=\"last\"");
        given().queryParam("minConfidence", "0.8").queryParam("pageSize", 3).queryParam("page", 2).get("/api/v1/quotes")
                .then().body("items", hasSize(1)).body("total", equalTo(4));
    }

    /** Each bad value on each list: a problem naming {@code minConfidence}, and nothing written. */
    @ParameterizedTest
    @ValueSource(strings = {"abc", "-0.1", "1.5", "1.0000001", "NaN", "Infinity", "", "%20", "1e-1", "0x1p-1", "%2B0.5",
        "0.5d", "0..5", ".", ".8", "1.", "00.5", "0,8", "0.5&minConfidence=0.9", "0.5&minConfidence=0.5", "&minConfidence=0.5"})
    void badValuesAre400NamingTheParameter(String value) {
        TestData.Counts before = data.counts();
        for (String path : List.of("/api/v1/quotes", "/api/v1/speakers/" + stoltenberg + "/quotes",
                "/api/v1/articles/" + a1 + "/quotes")) {
            given().urlEncodingEnabled(false).get(path + "?minConfidence=" + value).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("type", equalTo("urn:newsquotes:problem:invalid-parameter"))
                    .body("title", notNullValue())
                    .body("detail", containsString("minConfidence"))
                    .body("instance", equalTo(path))
                    .body("field", equalTo("minConfidence"))
                    .body("errors[0].field", equalTo("minConfidence"))
                    .body("errors[0].message", not(equalTo("")));
        }
        assertThat(data.counts()).isEqualTo(before);
        given().get("/api/v1/quotes").then().statusCode(200).body("total", equalTo(8));
    }
}
