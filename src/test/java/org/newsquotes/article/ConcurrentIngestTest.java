package org.newsquotes.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.support.FixedExtractionService.PESKOV;
import static org.newsquotes.support.FixedExtractionService.SMITH;
import static org.newsquotes.support.FixedExtractionService.STOLTENBERG_2;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquotes.support.FixedExtractionService;

/**
 * Overlapping articles posted concurrently (each article several times, all sharing the same speakers) end
 * with one article per url, one speaker per person and one quote per span, and every request answered
 * 201 (exactly once per article) or 200 with the stored article. On H2 by default, on PostgreSQL with
 * {@code -Dquarkus.test.profile=test,pg}; the two-process version of this check is {@code .ci/scaleout}.
 */
@QuarkusTest
class ConcurrentIngestTest {

    private static final int ARTICLES = 8;
    private static final int COPIES = 3;

    @Inject
    EntityManager em;

    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void fixedExtractor() {
        QuarkusMock.installMockForType(new FixedExtractionService(), ExtractionService.class);
    }

    @AfterEach
    void removeArticles() {
        created.forEach(id -> given().delete("/api/v1/articles/" + id));
    }

    @Test
    void overlappingConcurrentIngestStoresEverythingOnce() throws Exception {
        List<Callable<Response>> posts = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (int i = 0; i < ARTICLES; i++) {
                String body = article(i);
                posts.add(() -> given().contentType("application/json").body(body).post("/api/v1/articles"));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Response> answers = new ArrayList<>();
        try {
            for (Future<Response> f : pool.invokeAll(posts)) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        answers.stream().filter(r -> r.statusCode() == 201).forEach(r -> created.add(r.jsonPath().getLong("id")));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 201);
        Map<String, List<Response>> byUrl = answers.stream().collect(Collectors.groupingBy(r -> r.jsonPath().getString("url")));
        assertThat(byUrl).hasSize(ARTICLES);
        byUrl.forEach((url, rs) -> {
            assertThat(rs).as(url).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            assertThat(rs.stream().map(r -> r.jsonPath().getLong("id")).distinct()).as(url).hasSize(1);
            assertThat(rs.stream().map(r -> r.jsonPath().getList("quotes").size()).distinct()).as(url).containsExactly(3);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(count("select count(s) from SpeakerEntity s where s.normalizedName = 'jens stoltenberg'")).isEqualTo(1);
            assertThat(count("select count(s) from SpeakerEntity s where s.normalizedName = 'dmitry peskov'")).isEqualTo(1);
            assertThat(count("select count(s) from SpeakerEntity s where s.normalizedName = 'julianne smith'")).isEqualTo(1);
            assertThat(count("select count(a) from ArticleEntity a where a.url like 'https://example.test/ops/concurrent/%'"))
                    .isEqualTo(ARTICLES);
            assertThat(count("select count(q) from QuoteEntity q where q.article.url like 'https://example.test/ops/concurrent/%'"))
                    .isEqualTo(ARTICLES * 3L);
        });
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static String article(int i) {
        String text = "BRUSSELS — Talks resumed on day " + i + ". “" + STOLTENBERG_2 + ",” Stoltenberg said. "
                + "Kremlin spokesperson Dmitry Peskov said " + PESKOV + ". Smith called it “" + SMITH + ".”";
        return "{\"url\":\"https://example.test/ops/concurrent/" + i + "\",\"title\":\"Talks " + i
                + "\",\"source\":\"Ops Test Wire\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
    }
}
