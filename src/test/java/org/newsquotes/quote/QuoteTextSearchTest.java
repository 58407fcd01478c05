package org.newsquotes.quote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newsquotes.article.ArticleEntity;
import org.newsquotes.extraction.QuoteType;

/**
 * {@code GET /api/v1/quotes?q=} on whichever database the suite runs on (H2 by default, PostgreSQL with
 * {@code -Dquarkus.test.profile=test,pg}). Rows are written directly so the search is tested apart from
 * extraction, and removed afterwards so other tests see the database as they left it.
 */
@QuarkusTest
class QuoteTextSearchTest {

    private static final String URL = "https://example.test/ops/text-search";

    @Inject
    EntityManager em;

    @Inject
    QuoteTextSearch textSearch;

    @Inject
    org.newsquotes.cache.DataVersion dataVersion;

    private Long articleId;

    @BeforeEach
    void storeQuotes() {
        articleId = QuarkusTransaction.requiringNew().call(() -> {
            ArticleEntity a = new ArticleEntity();
            a.title = "Quokkaville council";
            a.url = URL;
            a.source = "Ops Test Gazette";
            a.text = "Quokkaville council meetings and budgets.";
            a.contentHash = "ops-text-search-" + System.nanoTime();
            a.ingestedAt = Instant.now();
            em.persist(a);
            quote(a, "The quokkaville budget deficit is under control.", 0);
            quote(a, "We held three quokkaville meetings this week.", 60);
            quote(a, "Nobody in quokkaville expected 100 percent turnout.", 120);
            quote(a, "The council’s plan is sound.", 180);
            dataVersion.bump(); // a writer like any other: cached pages must not outlive this data
            return a.id;
        });
    }

    @AfterEach
    void removeQuotes() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("delete from QuoteEntity q where q.article.id = :id").setParameter("id", articleId).executeUpdate();
            em.createQuery("delete from ArticleEntity a where a.id = :id").setParameter("id", articleId).executeUpdate();
            dataVersion.bump();
        });
    }

    /** Expected counts on H2 (substring LIKE) and PostgreSQL (full text: punctuation is not a word). */
    @ParameterizedTest(name = "q={0} finds {1} on H2, {2} on PostgreSQL")
    @CsvSource(delimiter = '|', value = {
        "budget                  | 1 | 1",
        "Quokkaville BUDGET      | 1 | 1",
        "quokkaville             | 3 | 3",
        "budget meetings         | 0 | 0",
        "deficit control         | 1 | 1",
        "'%'                     | 0 | 0",
        "'_'                     | 0 | 0",
        "quokkaville%            | 0 | 3",
        "'budget'' OR 1=1 --'    | 0 | 1",
        "'council''s plan'       | 1 | 1",
        "council’s               | 1 | 1",
        "councilXs               | 0 | 0",
    })
    void findsQuotesContainingEveryWord(String q, int onH2, int onPostgresql) {
        List<String> texts = given().queryParam("q", q).queryParam("source", "Ops Test Gazette")
                .when().get("/api/v1/quotes")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.text", String.class);
        assertThat(texts).hasSize(textSearch.isFullText() ? onPostgresql : onH2);
    }

    @Test
    void postgresqlSearchIsLanguageAware() {
        if (!textSearch.isFullText()) {
            return; // H2: substring matching, no stemming
        }
        given().queryParam("q", "meeting").queryParam("source", "Ops Test Gazette")
                .when().get("/api/v1/quotes")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.text", String.class)
                .forEach(t -> assertThat(t).contains("meetings"));
        assertThat(given().queryParam("q", "\"quokkaville budget\"").queryParam("source", "Ops Test Gazette")
                .when().get("/api/v1/quotes").then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(1);
    }

    private void quote(ArticleEntity a, String text, int start) {
        QuoteEntity q = new QuoteEntity();
        q.article = a;
        q.text = text;
        q.type = QuoteType.DIRECT;
        q.spanStart = start;
        q.spanEnd = start + text.length();
        q.date = LocalDate.of(2022, 1, 12);
        q.confidence = 0.9;
        em.persist(q);
    }
}
