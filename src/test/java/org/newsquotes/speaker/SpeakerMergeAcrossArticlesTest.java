package org.newsquotes.speaker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsquotes.support.TestData;

/**
 * People quoted again in a later article are the same stored speakers: the merge-key lookup finds every one
 * of them, also when an article names more speakers than the smallest padded lookup size (4).
 */
@QuarkusTest
class SpeakerMergeAcrossArticlesTest {

    private static final String[] NAMES = {"Ada Quill", "Bram Osterfeld", "Cora Lindqvist", "Dev Patelson",
        "Edna Marrow", "Fitz Okonkwo"};

    @Inject
    TestData data;

    @BeforeEach
    void clear() {
        data.clear();
    }

    private static String article(String topic) {
        StringBuilder text = new StringBuilder();
        for (String name : NAMES) {
            text.append("“We talked about ").append(topic).append(",” said ").append(name).append(".\n\n");
        }
        return text.toString();
    }

    private static void ingest(String text, String url) {
        given().contentType(ContentType.JSON).body(Map.of("text", text, "url", url))
                .post("/api/v1/articles").then().statusCode(201).body("quotes.size()", equalTo(NAMES.length));
    }

    @Test
    void sixSpeakersOfTwoArticlesAreStoredOnce() {
        ingest(article("the harbour"), "https://example.com/merge/1");
        long speakersAfterFirst = data.counts().speakers();
        ingest(article("the railway"), "https://example.com/merge/2");

        assertThat(speakersAfterFirst).isEqualTo(NAMES.length);
        assertThat(data.counts().speakers()).isEqualTo(NAMES.length);
        for (String name : NAMES) {
            given().queryParam("speaker", name).get("/api/v1/quotes").then().statusCode(200)
                    .body("total", equalTo(2)).body("items[0].speaker.name", equalTo(name));
        }
    }
}
