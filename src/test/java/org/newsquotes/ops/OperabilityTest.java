package org.newsquotes.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsquotes.extraction.ArticleInput;

/** Health and Prometheus endpoints. */
@QuarkusTest
class OperabilityTest {

    @Inject
    BoundedExtractor extractor;

    @Inject
    IngestMetrics metrics;

    @Test
    void livenessIsUpAsJson() {
        given().get("/q/health/live").then().statusCode(200).contentType("application/json")
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksTheExtractor() {
        given().get("/q/health/ready").then().statusCode(200).contentType("application/json")
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(ExtractorReadinessCheck.NAME));
    }

    @Test
    void metricsShowExtractionAndIngest() {
        extractor.extract(ArticleInput.ofText("\"We are ready,\" the mayor said on Monday.", null));
        metrics.created();
        metrics.duplicate();
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(body).contains("quotes_extraction_duration_seconds_count", "quotes_per_article_count",
                "quotes_ingest_articles_total{outcome=\"created\"}", "quotes_ingest_articles_total{outcome=\"duplicate\"}",
                "quotes_extraction_active", "quotes_extraction_queued");
    }
}
