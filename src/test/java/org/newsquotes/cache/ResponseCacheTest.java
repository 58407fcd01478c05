package org.newsquotes.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.newsquotes.support.FixedExtractionService.GREENE;
import static org.newsquotes.support.FixedExtractionService.STOLTENBERG_1;
import static org.newsquotes.support.FixedExtractionService.STOLTENBERG_2;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.article.ExtractionService;
import org.newsquotes.support.FixedExtractionService;
import org.newsquotes.support.TestData;

/**
 * The response cache of quote lists: same bytes as uncached, dropped at once by this instance's writes, dropped
 * by another writer's version bump at the next poll (the timer is off in the test profile; the test polls),
 * entity tags, and hostile parameters still answered 4xx or correctly with a warm cache.
 */
@QuarkusTest
class ResponseCacheTest {

    static final String SPEAKER_QUOTES = "/api/v1/quotes?speaker=Jens%20Stoltenberg";

    @Inject
    TestData data;

    @Inject
    ResponseCache cache;

    @Inject
    DataVersion version;

    @Inject
    EntityManager em;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

    long first;

    @BeforeEach
    void ingest() {
        data.clear();
        QuarkusMock.installMockForType(new FixedExtractionService(), ExtractionService.class);
        first = post("“" + STOLTENBERG_1 + ",” NATO Secretary General Jens Stoltenberg told reporters.", "https://example.test/cache/1");
    }

    @AfterEach
    void cacheOn() {
        cache.enabled(true);
    }

    static long post(String text, String url) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "url", url, "publishedAt", "2022-01-12"))
                .post("/api/v1/articles").then().statusCode(201).extract().<Number>path("id").longValue();
    }

    static Response get(String url) {
        return given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().response();
    }

    @Test
    void aCachedPageIsTheSameBytesAndHeadersAsAnUncachedOne() {
        Response miss = get(SPEAKER_QUOTES);
        Response hit = get(SPEAKER_QUOTES);
        cache.enabled(false);
        Response uncached = get(SPEAKER_QUOTES);
        assertThat(miss.jsonPath().getList("items.text")).containsExactly(STOLTENBERG_1);
        assertThat(hit.asByteArray()).isEqualTo(miss.asByteArray()).isEqualTo(uncached.asByteArray());
        assertThat(uncached.header("ETag")).as("no entity tag without the cache").isNull();
        for (String header : List.of("Content-Type", "Link")) {
            assertThat(hit.header(header)).as(header).isNotNull().isEqualTo(uncached.header(header));
        }
    }

    @Test
    void repeatedRequestsAreHitsAndShowInTheMetrics() {
        get(SPEAKER_QUOTES);
        double hits = hits();
        get(SPEAKER_QUOTES);
        get("/api/v1/quotes?speaker=jens+STOLTENBERG"); // the same normalised name: the same entry
        assertThat(hits()).isEqualTo(hits + 2);
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .contains("quotes_cache_requests_total{result=\"hit\"}", "quotes_cache_requests_total{result=\"miss\"}",
                        "quotes_cache_bytes", "quotes_cache_invalidations_total{cause=\"local\"}");
    }

    @Test
    void thisInstancesIngestAndDeleteAreSeenAtOnce() {
        assertThat(get(SPEAKER_QUOTES).jsonPath().getInt("total")).isEqualTo(1);
        long second = post("“" + STOLTENBERG_2 + ",” Stoltenberg said.", "https://example.test/cache/2");
        assertThat(get(SPEAKER_QUOTES).jsonPath().getList("items.text")).containsExactlyInAnyOrder(STOLTENBERG_1, STOLTENBERG_2);
        given().delete("/api/v1/articles/" + second).then().statusCode(204);
        assertThat(get(SPEAKER_QUOTES).jsonPath().getList("items.text")).containsExactly(STOLTENBERG_1);
    }

    @Test
    void anotherWritersVersionBumpIsSeenAtTheNextPoll() {
        version.poll();
        assertThat(get(SPEAKER_QUOTES).jsonPath().getInt("total")).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> { // what another instance's delete does in the shared database
            em.createNativeQuery("delete from quote where article_id = " + first).executeUpdate();
            em.createNativeQuery("update data_version set version = version + 1 where id = 1").executeUpdate();
        });
        assertThat(get(SPEAKER_QUOTES).jsonPath().getInt("total")).as("still cached until the poll").isEqualTo(1);
        version.poll();
        assertThat(get(SPEAKER_QUOTES).jsonPath().getInt("total")).isZero();
    }

    @Test
    void anUnchangedPageIsA304UntilAWriteChangesIt() {
        String etag = get(SPEAKER_QUOTES).header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{24}\"");
        given().urlEncodingEnabled(false).header("If-None-Match", etag).get(SPEAKER_QUOTES).then().statusCode(304).header("ETag", etag);
        given().urlEncodingEnabled(false).header("If-None-Match", "\"other\", W/" + etag).get(SPEAKER_QUOTES).then().statusCode(304);
        given().urlEncodingEnabled(false).header("If-None-Match", "\"other\"").get(SPEAKER_QUOTES).then().statusCode(200);
        post("“" + GREENE + ",” Greene said.", "https://example.test/cache/3"); // another speaker: the page is unchanged
        given().urlEncodingEnabled(false).header("If-None-Match", etag).get(SPEAKER_QUOTES).then().statusCode(304);
        post("“" + STOLTENBERG_2 + ",” Stoltenberg said.", "https://example.test/cache/5");
        Response changed = given().urlEncodingEnabled(false).header("If-None-Match", etag).get(SPEAKER_QUOTES).then().statusCode(200).extract().response();
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
    }

    @Test
    void theLinkHeaderFollowsTheQueryTheClientSentNotTheCachedOne() {
        String a = get("/api/v1/quotes?speaker=Jens%20Stoltenberg&pageSize=5").header("Link");
        String b = get("/api/v1/quotes?pageSize=5&speaker=jens+stoltenberg").header("Link");
        assertThat(a).contains("speaker=Jens%20Stoltenberg");
        assertThat(b).contains("speaker=jens+stoltenberg");
    }

    /** Bad values are refused before the cache is asked, and wild-card-looking names match nothing, warm or cold. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/v1/quotes?speaker=%25                                | 200 | 0",
        "/api/v1/quotes?speaker=_ens%20stoltenberg                  | 200 | 0",
        "/api/v1/quotes?speaker=%27%20or%201%3D1%20--               | 200 | 0",
        "/api/v1/quotes?q=%25                                      | 200 | 0",
        "/api/v1/quotes?speaker=Jens%20Stoltenberg&pageSize=0       | 400 | -1",
        "/api/v1/quotes?speaker=Jens%20Stoltenberg&pageSize=101     | 400 | -1",
        "/api/v1/quotes?speaker=Jens%20Stoltenberg&page=x           | 400 | -1",
        "/api/v1/quotes?speaker=Jens%20Stoltenberg&type=quoted      | 400 | -1",
        "/api/v1/quotes?speakerId=0                                | 400 | -1",
        "/api/v1/quotes?from=2022-02-01&to=2022-01-01              | 400 | -1",
        "/api/v1/speakers/999999999/quotes                         | 404 | -1",
    })
    void hostileValuesAreAnsweredAsWithoutTheCache(String url, int status, int total) {
        get(SPEAKER_QUOTES); // a warm cache
        for (int i = 0; i < 2; i++) {
            Response r = given().urlEncodingEnabled(false).get(url).then().statusCode(status).extract().response();
            if (total >= 0) {
                assertThat(r.jsonPath().getInt("total")).isEqualTo(total);
            } else {
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void anOverlongSpeakerIsA400WarmOrCold() {
        for (int i = 0; i < 2; i++) {
            given().urlEncodingEnabled(false).get("/api/v1/quotes?speaker=" + "x".repeat(201)).then().statusCode(400);
        }
    }

    @Test
    void theSpeakersQuoteListIsCachedAndInvalidatedToo() {
        long speaker = get(SPEAKER_QUOTES).jsonPath().getLong("items[0].speaker.id");
        String url = "/api/v1/speakers/" + speaker + "/quotes";
        get(url).then().body("total", equalTo(1));
        post("“" + STOLTENBERG_2 + ",” Stoltenberg said.", "https://example.test/cache/4");
        get(url).then().body("total", equalTo(2));
    }

    @Test
    void theCacheStaysWithinItsByteBound() {
        for (int size = 1; size <= 30; size++) {
            get("/api/v1/quotes?pageSize=" + size);
        }
        assertThat(cache.maxBytes()).as("%test.quotes.cache.max-size").isEqualTo(16 * 1024);
        assertThat(cache.size()).isPositive();
        assertThat(cache.evictions()).isPositive();
        assertThat(cache.bytes()).isPositive().isLessThanOrEqualTo(cache.maxBytes());
    }

    private double hits() {
        return registry.find("quotes.cache.requests").tag("result", "hit").counter().count();
    }
}
