package org.newsquotes.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.newsquotes.support.FixedExtractionService.OFFICIAL;
import static org.newsquotes.support.FixedExtractionService.OFFICIAL_2;
import static org.newsquotes.support.FixedExtractionService.PESKOV;
import static org.newsquotes.support.FixedExtractionService.SMITH;
import static org.newsquotes.support.FixedExtractionService.STOLTENBERG_1;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquotes.support.FixedExtractionService;
import org.newsquotes.support.SqlRecorder;
import org.newsquotes.support.TestData;

/**
 * An ingest costs a fixed number of queries, not a few per quote or speaker: one for the articles already
 * stored (url or text), one for the stored speakers, sequence calls for ids (one per 50), and one insert
 * statement per table, sent in JDBC batches, also for a batch of many articles. Duplicates inside one batch are found without the database.
 */
@QuarkusTest
class IngestStatementsTest {

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.clear();
        QuarkusMock.installMockForType(new FixedExtractionService(), ExtractionService.class);
    }

    private static String text(int i) {
        return "BRUSSELS — Day " + i + ". “" + STOLTENBERG_1 + ",” he said. Dmitry Peskov said " + PESKOV
                + ". Smith called it “" + SMITH + ".” “" + OFFICIAL + ",” an official said. “" + OFFICIAL_2 + ".”";
    }

    private static Map<String, Object> article(int i, String url) {
        return url == null ? Map.of("text", text(i)) : Map.of("text", text(i), "url", url);
    }

    private static List<String> queries(List<String> sql) {
        return sql.stream().filter(s -> s.startsWith("select") && !s.contains("nextval") && !s.contains("next value"))
                .toList();
    }

    private static List<String> inserts(List<String> sql) {
        return sql.stream().filter(s -> s.startsWith("insert")).toList();
    }

    @Test
    void oneArticleWithFiveQuotesAndFourNewSpeakersIsThreeQueriesAndOneInsertPerTable() {
        SqlRecorder.start();
        given().contentType(ContentType.JSON).body(article(1, "https://example.test/stmts/1"))
                .post("/api/v1/articles").then().statusCode(201).body("quotes.size()", equalTo(5));
        List<String> sql = SqlRecorder.stop();

        assertThat(queries(sql)).as(String.join("\n", sql)).hasSize(3); // stored articles by hash, by url; stored speakers
        assertThat(inserts(sql)).as(String.join("\n", sql)).hasSize(6) // article, author, speaker, quote, alias, role
                .anyMatch(s -> s.startsWith("insert into quote")).anyMatch(s -> s.startsWith("insert into speaker "));
        // the only update is the response cache's data version (cache/DataVersion), one per write transaction
        assertThat(sql).filteredOn(s -> s.startsWith("update"))
                .containsExactly("update data_version set version = version + 1 where id = 1");
        assertThat(data.counts()).isEqualTo(new TestData.Counts(1, 5, 4));
    }

    @Test
    void aBatchOfTwentyArticlesIsThreeQueriesWhateverItsSize() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(article(i, i % 2 == 0 ? "https://example.test/stmts/batch/" + i : null));
        }
        SqlRecorder.start();
        given().contentType(ContentType.JSON).body(batch).post("/api/v1/articles/batch").then().statusCode(200)
                .body("created", equalTo(20));
        List<String> sql = SqlRecorder.stop();

        assertThat(queries(sql)).as(String.join("\n", sql)).hasSize(3); // stored articles by hash, by url; stored speakers
        assertThat(inserts(sql)).as(String.join("\n", sql)).hasSize(6); // 100 quotes: one statement, two batches
        // 3 people merged across the batch, one anonymous source per article
        assertThat(data.counts()).isEqualTo(new TestData.Counts(20, 100, 3 + 20));
    }

    @Test
    void duplicatesInsideOneBatchByUrlOrByTextAreStoredOnce() {
        var body = List.of(article(1, "https://example.test/stmts/dup"), article(2, null),
                article(3, "https://example.test/stmts/dup"), article(2, null), article(2, "https://example.test/stmts/other"));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/articles/batch").then().statusCode(200)
                .body("items.created", contains(true, true, false, false, false))
                .body("items.quoteCount", contains(5, 5, 5, 5, 5));
        assertThat(data.counts().articles()).isEqualTo(2);

        SqlRecorder.start();
        given().contentType(ContentType.JSON).body(body).post("/api/v1/articles/batch").then().statusCode(200)
                .body("created", equalTo(0)).body("items.quoteCount", contains(5, 5, 5, 5, 5));
        List<String> sql = SqlRecorder.stop();
        assertThat(inserts(sql)).isEmpty();
        // nothing stored, so the data version stays and no instance drops its response cache
        assertThat(sql).noneMatch(s -> s.startsWith("update"));
        assertThat(data.counts().articles()).isEqualTo(2);
    }

    @Test
    void aRepeatedSingleIngestWritesNothingNotEvenTheDataVersion() {
        given().contentType(ContentType.JSON).body(article(7, "https://example.test/stmts/again"))
                .post("/api/v1/articles").then().statusCode(201);
        SqlRecorder.start();
        given().contentType(ContentType.JSON).body(article(7, "https://example.test/stmts/again"))
                .post("/api/v1/articles").then().statusCode(200);
        List<String> sql = SqlRecorder.stop();
        assertThat(sql).as(String.join("\n", sql)).noneMatch(s -> s.startsWith("insert") || s.startsWith("update"));
    }
}
