package org.newsquotes.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checked-in {@code openapi/openapi.yaml} and {@code .json} must be exactly what the service serves.
 * Regenerate them with {@code mvn test -Dtest=OpenApiDocumentTest -Dopenapi.write=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final String REGENERATE = "mvn test -Dtest=OpenApiDocumentTest -Dopenapi.write=true";

    @ParameterizedTest
    @CsvSource({"yaml, openapi/openapi.yaml", "json, openapi/openapi.json"})
    void checkedInDocumentIsWhatTheServiceServes(String format, String file) throws IOException {
        String served = given().queryParam("format", format).get("/q/openapi").then().statusCode(200).extract().asString();
        Path path = Path.of(file);
        if (Boolean.getBoolean("openapi.write")) {
            Files.createDirectories(path.getParent());
            Files.writeString(path, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(path)).as(file + " is missing; create it with: " + REGENERATE).isTrue();
        assertThat(Files.readString(path, StandardCharsets.UTF_8))
                .as(file + " differs from what the service serves at /q/openapi; regenerate it with: " + REGENERATE)
                .isEqualTo(served);
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
