package org.newsquotes.quote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
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
import org.newsquotes.support.FixedExtractionService;
import org.newsquotes.support.TestData;

/**
 * Quote, speaker and article-quote queries against known data: the extractor is replaced by
 * {@link FixedExtractionService}, and three articles are posted as JSON, text/plain and text/html.
 */
@QuarkusTest
class QuoteSearchTest {

    static final String A1 = "BRUSSELS — “" + STOLTENBERG_1 + ",” NATO Secretary General Jens Stoltenberg told reporters "
            + "this week. Kremlin spokesperson Dmitry Peskov said Wednesday that " + PESKOV + ". Smith said it was a "
            + "question of “" + SMITH + ".” “" + OFFICIAL_2 + ",” a senior official said.";
    static final String A2 = "WASHINGTON — “" + OFFICIAL + ",” a senior official said.";
    static final String A3 = "<html><head><title>Allies meet</title></head><body><p>“" + STOLTENBERG_2 + ",” Stoltenberg said.</p>"
            + "<p>“" + STOLTENBERG_ACCENT + ",” he said.</p><p>“" + GREENE + ",” Greene said.</p></body></html>";

    @Inject
    TestData data;

    int a1;
    int a2;
    int a3;

    @BeforeEach
    void ingestKnownArticles() {
        data.clear();
        QuarkusMock.installMockForType(new FixedExtractionService(), ExtractionService.class);
        a1 = given().contentType(ContentType.JSON)
                .body(Map.of("text", A1, "title", "NATO and Russia hold talks", "source", "Associated Press",
                        "publishedAt", "2022-01-12", "url", "https://example.com/a1"))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        a2 = given().contentType("text/plain; charset=UTF-8").body(A2)
                .queryParam("source", "Los Angeles Times").queryParam("publishedAt", "1995-01-16")
                .queryParam("title", "U.S. to Propose New Talks With Russia on NATO")
                .post("/api/v1/articles").then().statusCode(201)
                .body("quotes", hasSize(1)).body("quotes[0].text", equalTo(OFFICIAL))
                .extract().path("id");
        a3 = given().contentType("text/html; charset=UTF-8").body(A3).queryParam("source", "Reuters")
                .post("/api/v1/articles").then().statusCode(201)
                .body("title", equalTo("Allies meet"))
                .body("repairs.kind", hasItem("html"))
                .body("quotes", hasSize(3))
                .extract().path("id");
    }

    static List<String> texts(Response r) {
        return r.then().statusCode(200).extract().path("items.text");
    }

    /** A first name alone, or another first name with the surname, is nobody: no fallback guesses. */
    @ParameterizedTest
    @ValueSource(strings = {"Jens", "Mr. Jens", "Erna Stoltenberg", "Secretary General", "Stoltenberg Jens"})
    void speakerNeedsTheSurnameAndTheRightFirstName(String speaker) {
        given().queryParam("speaker", speaker).get("/api/v1/quotes").then().statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stoltenberg", "Stoltenberg", "STOLTENBERG", "Stoltenbérg", "Jens Stoltenberg", "jens  STOLTENBERG",
        "Mr. Stoltenberg", "Secretary General Jens Stoltenberg", "NATO Secretary General Jens Stoltenberg", "Jens J. Stoltenberg"})
    void speakerMatchesSurnameOrNameCaseAndAccentInsensitively(String speaker) {
        Response r = given().queryParam("speaker", speaker).get("/api/v1/quotes");
        r.then().statusCode(200).body("total", equalTo(3))
                .body("items.speaker.name", everyItem(equalTo("Jens Stoltenberg")));
        assertThat(texts(r)).containsExactly(STOLTENBERG_1, STOLTENBERG_2, STOLTENBERG_ACCENT);
        List<Integer> ids = r.path("items.speaker.id");
        assertThat(ids).as("one speaker across articles and spellings").containsOnly(ids.get(0));
    }

    @Test
    void quoteViewHasEveryField() {
        Response r = given().queryParam("speaker", "stoltenberg").queryParam("q", "meetings").get("/api/v1/quotes");
        r.then().statusCode(200).body("total", equalTo(1));
        int start = A1.indexOf(STOLTENBERG_1);
        r.then().body("items[0].text", equalTo(STOLTENBERG_1))
                .body("items[0].normalizedText", nullValue())
                .body("items[0].type", equalTo("direct"))
                .body("items[0].speaker.name", equalTo("Jens Stoltenberg"))
                .body("items[0].speaker.kind", equalTo("person"))
                .body("items[0].speakerMention", equalTo("NATO Secretary General Jens Stoltenberg"))
                .body("items[0].role", equalTo("NATO Secretary General"))
                .body("items[0].cue", equalTo("told reporters"))
                .body("items[0].date", equalTo("2022-01-12"))
                .body("items[0].datePrecision", equalTo("week"))
                .body("items[0].dateText", equalTo("this week"))
                .body("items[0].span.start", equalTo(start))
                .body("items[0].span.end", equalTo(start + STOLTENBERG_1.length()))
                .body("items[0].confidence", equalTo(0.9f))
                .body("items[0].article.id", equalTo(a1))
                .body("items[0].article.title", equalTo("NATO and Russia hold talks"))
                .body("items[0].article.source", equalTo("Associated Press"))
                .body("items[0].article.url", equalTo("https://example.com/a1"))
                .body("items[0].article.publishedAt", equalTo("2022-01-12"));
        int id = r.path("items[0].id");
        given().get("/api/v1/quotes/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("text", equalTo(STOLTENBERG_1)).body("context", org.hamcrest.Matchers.containsString(STOLTENBERG_1));
        String articleText = given().get("/api/v1/articles/" + a1).then().extract().path("text");
        assertThat(articleText.substring(start, start + STOLTENBERG_1.length())).isEqualTo(STOLTENBERG_1);
    }

    @Test
    void filtersByWordsTypeDatesSourceAndArticle() {
        assertThat(texts(given().queryParam("q", "MEETINGS solve").get("/api/v1/quotes"))).containsExactly(STOLTENBERG_1);
        assertThat(texts(given().queryParam("q", "agree forward").get("/api/v1/quotes"))).containsExactly(STOLTENBERG_2);
        assertThat(texts(given().queryParam("q", "100%_").get("/api/v1/quotes"))).isEmpty();
        assertThat(texts(given().queryParam("type", "indirect").get("/api/v1/quotes"))).containsExactly(PESKOV);
        assertThat(texts(given().queryParam("type", "PARTIAL").get("/api/v1/quotes"))).containsExactly(SMITH);
        given().queryParam("type", "direct").get("/api/v1/quotes").then().body("total", equalTo(6));
        assertThat(texts(given().queryParam("from", "2022-01-11").queryParam("to", "2022-01-12").get("/api/v1/quotes")))
                .containsExactlyInAnyOrder(STOLTENBERG_1, PESKOV, SMITH);
        assertThat(texts(given().queryParam("source", "los angeles times").get("/api/v1/quotes"))).containsExactly(OFFICIAL);
        given().queryParam("articleId", a1).get("/api/v1/quotes").then().body("total", equalTo(4));
        given().queryParam("speaker", "peskov").queryParam("type", "direct").get("/api/v1/quotes").then().body("total", equalTo(0));
        given().queryParam("speaker", "nobody at all").get("/api/v1/quotes").then().body("total", equalTo(0));
    }

    @Test
    void sortsNewestAndOldestWithUndatedLast() {
        Response newest = given().queryParam("pageSize", 100).get("/api/v1/quotes");
        newest.then().body("total", equalTo(8));
        List<String> dates = newest.path("items.date");
        assertThat(dates.subList(0, 6)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates.subList(6, 8)).containsOnlyNulls();
        List<String> oldest = given().queryParam("sort", "oldest").get("/api/v1/quotes").path("items.date");
        assertThat(oldest.get(0)).isEqualTo("1995-01-16");
        assertThat(oldest.subList(0, 6)).isSorted();
        assertThat(oldest.subList(6, 8)).containsOnlyNulls();
    }

    @Test
    void pagesWithLinkHeader() {
        Response p1 = given().queryParam("pageSize", 3).get("/api/v1/quotes");
        p1.then().body("items", hasSize(3)).body("total", equalTo(8)).body("page", equalTo(1)).body("pageSize", equalTo(3));
        assertThat(p1.header("Link")).contains("</api/v1/quotes?pageSize=3&page=2>; rel=\"next\"")
                .contains("</api/v1/quotes?pageSize=3&page=3>; rel=\"last\"")
                .contains("</api/v1/quotes?pageSize=3&page=1>; rel=\"first\"");
        Response p3 = given().queryParam("pageSize", 3).queryParam("page", 3).get("/api/v1/quotes");
        p3.then().body("items", hasSize(2));
        assertThat(p3.header("Link")).contains("page=2>; rel=\"prev\"").doesNotContain("rel=\"next\"");
        given().queryParam("pageSize", 3).queryParam("page", 9).get("/api/v1/quotes").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(8));
        given().get("/api/v1/quotes").then().body("pageSize", equalTo(20)).body("page", equalTo(1));
        List<String> all = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            all.addAll(texts(given().queryParam("pageSize", 3).queryParam("page", page).get("/api/v1/quotes")));
        }
        assertThat(all).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void anonymousSourcesAreNeverMerged() {
        Response r = given().queryParam("speaker", "a senior official").get("/api/v1/quotes");
        r.then().body("total", equalTo(2)).body("items.speaker.kind", everyItem(equalTo("anonymous")));
        List<Integer> ids = r.path("items.speaker.id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void speakersWithAliasesRolesAndCounts() {
        Response list = given().queryParam("name", "stol").get("/api/v1/speakers");
        list.then().statusCode(200).body("total", equalTo(1))
                .body("items[0].name", equalTo("Jens Stoltenberg"))
                .body("items[0].kind", equalTo("person"))
                .body("items[0].quoteCount", equalTo(3))
                .body("items[0].aliases", hasItems("Jens Stoltenberg", "Stoltenberg"))
                .body("items[0].roles", containsInAnyOrder("NATO Secretary General", "Secretary General"));
        int id = list.path("items[0].id");
        given().get("/api/v1/speakers/" + id).then().statusCode(200).body("id", equalTo(id)).body("quoteCount", equalTo(3));
        assertThat(texts(given().get("/api/v1/speakers/" + id + "/quotes")))
                .containsExactly(STOLTENBERG_1, STOLTENBERG_2, STOLTENBERG_ACCENT);
        assertThat(texts(given().queryParam("sort", "oldest").get("/api/v1/speakers/" + id + "/quotes")))
                .containsExactly(STOLTENBERG_ACCENT, STOLTENBERG_2, STOLTENBERG_1);
        given().queryParam("kind", "anonymous").get("/api/v1/speakers").then().body("total", equalTo(2));
        given().queryParam("name", "jens").get("/api/v1/speakers").then().body("total", equalTo(1));
        given().get("/api/v1/speakers").then().body("total", equalTo(6)).body("items.name", hasItem("Julianne Smith"));
    }

    /**
     * /speakers?name= lists every speaker whose quotes /quotes?speaker= answers for the same name (one matcher,
     * SpeakerNameLookup), including titled names and names missing a middle initial that are no prefix.
     */
    @ParameterizedTest
    @CsvSource({"Sam Greene, Sam A. Greene", "Mr. Greene, Sam A. Greene", "Mr. Stoltenberg, Jens Stoltenberg",
        "Secretary General Jens Stoltenberg, Jens Stoltenberg", "Jens J. Stoltenberg, Jens Stoltenberg",
        "stoltenberg, Jens Stoltenberg", "a senior official, a senior official"})
    void speakersByNameAgreeWithQuotesBySpeaker(String name, String stored) {
        List<Integer> quoted = given().queryParam("speaker", name).get("/api/v1/quotes")
                .then().statusCode(200).body("total", greaterThan(0)).extract().path("items.speaker.id");
        Response listed = given().queryParam("name", name).get("/api/v1/speakers");
        listed.then().statusCode(200).body("items.name", everyItem(equalTo(stored)));
        List<Integer> ids = listed.path("items.id");
        assertThat(ids).containsAll(quoted);
        assertThat(listed.<Integer>path("total")).isEqualTo(ids.size());
    }

    /**
     * A first name alone is a search in /speakers (prefix: the candidates to choose from) and nobody in
     * /quotes?speaker= (it does not say which person); a wrong first name is nobody in both.
     */
    @Test
    void firstNameAloneListsCandidatesButFiltersNoQuotes() {
        given().queryParam("name", "Jens").get("/api/v1/speakers").then().body("items.name", contains("Jens Stoltenberg"));
        given().queryParam("speaker", "Jens").get("/api/v1/quotes").then().body("total", equalTo(0));
        given().queryParam("name", "Erna Stoltenberg").get("/api/v1/speakers").then().body("total", equalTo(0));
        given().queryParam("name", "Mr. Jens").get("/api/v1/speakers").then().body("total", equalTo(0));
    }

    @Test
    void articleQuotesComeInTextOrder() {
        given().get("/api/v1/articles/" + a1 + "/quotes").then().statusCode(200).body("total", equalTo(4))
                .body("items.text", contains(STOLTENBERG_1, PESKOV, SMITH, OFFICIAL_2));
        given().get("/api/v1/articles/" + a1).then().body("quoteCount", equalTo(4))
                .body("quotes.text", contains(STOLTENBERG_1, PESKOV, SMITH, OFFICIAL_2))
                .body("authors", contains("Test Author")).body("dateline", equalTo("BRUSSELS"));
        given().get("/api/v1/articles").then().body("items.find { it.id == " + a1 + " }.quoteCount", equalTo(4));
    }

    @Test
    void deletingAnArticleUpdatesSpeakerCountsAndDropsOrphans() {
        int stoltenberg = given().queryParam("name", "stoltenberg").get("/api/v1/speakers").path("items[0].id");
        int greene = given().queryParam("name", "greene").get("/api/v1/speakers").path("items[0].id");
        TestData.Counts before = data.counts();
        given().delete("/api/v1/articles/" + a3).then().statusCode(204);
        given().get("/api/v1/speakers/" + stoltenberg).then().body("quoteCount", equalTo(1));
        given().get("/api/v1/speakers/" + greene).then().statusCode(404);
        assertThat(data.counts()).isEqualTo(new TestData.Counts(before.articles() - 1, before.quotes() - 3, before.speakers() - 1));
        assertThat(texts(given().queryParam("speaker", "stoltenberg").get("/api/v1/quotes"))).containsExactly(STOLTENBERG_1);
    }

    @Test
    void repostStoresNothingAndExtractStoresNothing() {
        TestData.Counts before = data.counts();
        given().contentType("text/html; charset=UTF-8").body(A3).queryParam("source", "Reuters").post("/api/v1/articles")
                .then().statusCode(200).body("id", equalTo(a3)).body("quotes", hasSize(3));
        given().contentType(ContentType.JSON).body(Map.of("text", A2 + " Other.", "url", "https://example.com/a1"))
                .post("/api/v1/articles").then().statusCode(200).body("id", equalTo(a1));
        given().contentType(ContentType.JSON).body(Map.of("html", A3)).post("/api/v1/extract").then().statusCode(200)
                .body("id", nullValue()).body("quotes", hasSize(3)).body("quotes.id", everyItem(nullValue()))
                .body("quotes.speaker.id", everyItem(nullValue()))
                .body("quotes.speaker.name", hasItem("Jens Stoltenberg"));
        assertThat(data.counts()).isEqualTo(before);
    }
}
