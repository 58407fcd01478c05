package org.newsquotes.config;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsquotes.support.TestData;

/** With seeds enabled, a fresh database gets the two seed articles with their metadata, once. */
@QuarkusTest
@TestProfile(SeedLoaderTest.SeedsEnabled.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedLoaderTest {

    /** Seeds on, and a database of its own so that it starts empty. */
    public static class SeedsEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotes.seeds.enabled", "true", "quotes.seeds.path", "seeds",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:seeds;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    SeedLoader loader;

    @Inject
    TestData data;

    @Test
    @Order(1)
    void seedArticlesAreLoadedOnFirstStartWithTheirMetadata() {
        given().get("/api/v1/articles").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.source", containsInAnyOrder("Los Angeles Times", "Associated Press"))
                .body("items.publishedAt", containsInAnyOrder("1995-01-16", "2022-01-12"))
                .body("items.find { it.source == 'Los Angeles Times' }.title",
                        equalTo("U.S. to Propose New Talks With Russia on NATO"));
        given().queryParam("speaker", "stoltenberg").get("/api/v1/quotes").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(0));
    }

    @Test
    @Order(2)
    void seedsAreNeverLoadedTwice() {
        TestData.Counts before = data.counts();
        assertThat(loader.load(Path.of("seeds"))).isZero();
        assertThat(data.counts()).isEqualTo(before);
        int id = given().get("/api/v1/articles").path("items[0].id");
        given().delete("/api/v1/articles/" + id).then().statusCode(204);
        assertThat(loader.load(Path.of("seeds"))).as("not even after articles were deleted").isZero();
        assertThat(data.counts().articles()).isEqualTo(before.articles() - 1);
    }
}
