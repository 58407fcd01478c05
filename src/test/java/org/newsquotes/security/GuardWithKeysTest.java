package org.newsquotes.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guards once keys are configured, with reads protected too. */
@QuarkusTest
@TestProfile(GuardWithKeysTest.Keys.class)
class GuardWithKeysTest {

    /** Two keys, reads protected. */
    public static class Keys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quotes.security.api-keys", "first-key-123, second-key-456",
                    "quotes.security.protect-reads", "true",
                    "quarkus.http.cors.origins", "http://localhost:3000");
        }
    }

    @Test
    void writeWithoutKeyIs401ProblemWithChallenge() {
        given().body("{}").contentType("application/json").post(GuardProbeRoute.PATH)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-API-Key"))
                .body("type", equalTo("urn:newsquotes:problem:api-key-required"))
                .body("status", equalTo(401));
    }

    @Test
    void writeWithWrongKeyIs401EvenFromLoopback() {
        given().header("X-API-Key", "first-key-12").delete(GuardProbeRoute.PATH)
                .then().statusCode(401).body("detail", containsString("not valid"));
    }

    @Test
    void writeWithEitherKeyPasses() {
        given().header("X-API-Key", "first-key-123").put(GuardProbeRoute.PATH).then().statusCode(200);
        given().header("X-API-Key", "second-key-456").header("X-Forwarded-For", "203.0.113.7")
                .post(GuardProbeRoute.PATH).then().statusCode(200);
    }

    @Test
    void protectedReadsNeedTheKey() {
        given().get(GuardProbeRoute.PATH).then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "second-key-456").get(GuardProbeRoute.PATH).then().statusCode(200);
    }

    @Test
    void healthAndDocsStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void corsPreflightFromAConfiguredOriginPassesWithoutKey() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type")
                .options(GuardProbeRoute.PATH).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"));
    }
}
