package org.newsquotes.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsquotes.contract.SkipContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guards with no API key configured (the default): loopback writes pass, proxied ones do not. */
@QuarkusTest
@SkipContract("talks to a test-only probe route that the API document does not describe")
class GuardTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void loopbackWriteWithoutKeysPasses() {
        given().body("{}").contentType("application/json").post(GuardProbeRoute.PATH)
                .then().statusCode(200).body("ok", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Forwarded-For", "Forwarded", "X-Real-IP"})
    void proxiedAnonymousWriteIsRefusedWithProblem(String proxyHeader) {
        given().header(proxyHeader, "203.0.113.7").body("{}").contentType("application/json")
                .delete(GuardProbeRoute.PATH)
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("urn:newsquotes:problem:anonymous-write-refused"))
                .body("detail", containsString("QUOTES_API_KEYS"));
    }

    @Test
    void proxiedReadPasses() {
        given().header("X-Forwarded-For", "203.0.113.7").get(GuardProbeRoute.PATH).then().statusCode(200);
    }

    @Test
    void declaredOversizedBodyIsRefusedWithProblemBeforeItIsRead() throws Exception {
        String response = rawRequest("POST " + GuardProbeRoute.PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 9000000\r\n\r\n{\"text\":\"");
        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).containsIgnoringCase("content-type: application/problem+json");
        assertThat(response).contains("\"type\":\"urn:newsquotes:problem:payload-too-large\"", "\"status\":413",
                "\"field\":\"body\"", "\"errors\":[{\"field\":\"body\",\"message\":\"larger than ");
    }

    @Test
    void bodyJustUnderTheLimitPasses() {
        given().body("{\"text\":\"" + "a".repeat(2_000_000) + "\"}").contentType("application/json")
                .post(GuardProbeRoute.PATH).then().statusCode(200);
    }

    /** Each names the parameter at fault in field and errors, as every other 400 does; a bad name is "query". */
    @ParameterizedTest
    @CsvSource({"q=a%00b, q", "q=%C3%28, q", "q=%01, q", "q=%7F, q", "q=%C2%85, q",
        "speaker=%0D%0ASet-Cookie:x, speaker", "page=1&from=%00, from", "%00=1, query"})
    void invalidQueryParametersAreProblemsNamingTheField(String query, String field) {
        given().urlEncodingEnabled(false).get(GuardProbeRoute.PATH + "?" + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsquotes:problem:invalid-parameter"))
                .body("status", equalTo(400))
                .body("field", equalTo(field))
                .body("errors.field", contains(field))
                .body("errors[0].message", startsWith(field.equals("query") ? "a parameter name contains" : "contains"));
    }

    @Test
    void overlongParameterIsAProblemNamingIt() {
        given().queryParam("speaker", "x".repeat(201)).get(GuardProbeRoute.PATH)
                .then().statusCode(400).body("field", equalTo("speaker"))
                .body("errors[0].field", equalTo("speaker")).body("errors[0].message", equalTo("longer than 200 characters"));
        given().queryParam("speaker", "x".repeat(200)).get(GuardProbeRoute.PATH).then().statusCode(200);
        given().queryParam("speaker", "\uD83D\uDE00".repeat(200)).get(GuardProbeRoute.PATH).then().statusCode(200);
    }

    @Test
    void overlongQueryStringIsA414() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            q.append("p").append(i).append("=xxxxxxxxxx&");
        }
        given().urlEncodingEnabled(false).get(GuardProbeRoute.PATH + "?" + q)
                .then().statusCode(414).contentType("application/problem+json")
                .body("field", equalTo("query")).body("errors[0].field", equalTo("query"))
                .body("errors[0].message", equalTo("longer than 12288 characters"));
    }

    @Test
    void overlongPathIsA414NamingThePath() {
        given().urlEncodingEnabled(false).get(GuardProbeRoute.PATH + "/" + "a".repeat(1100))
                .then().statusCode(414).contentType("application/problem+json")
                .body("field", equalTo("path")).body("errors[0].message", equalTo("longer than 1024 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a%00b", "/%C3%28", "/%0A"})
    void invalidPathIsAProblem(String suffix) {
        given().urlEncodingEnabled(false).get(GuardProbeRoute.PATH + suffix)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsquotes:problem:invalid-path"))
                .body("field", equalTo("path")).body("errors.field", contains("path"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'Brien", "1' OR '1'='1", "%_", "\u202Eevil\u202C", "\u05E9\u05DC\u05D5\u05DD",
        "\uD835\uDD38\uD835\uDD39", "Mu\u00F1oz"})
    void oddButValidValuesPass(String value) {
        given().queryParam("speaker", value).get(GuardProbeRoute.PATH).then().statusCode(200);
    }

    @Test
    void openApiDocumentHasTheKeyScheme() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.ApiKeyAuth.type", equalTo("apiKey"))
                .body("components.securitySchemes.ApiKeyAuth.in", equalTo("header"))
                .body("components.securitySchemes.ApiKeyAuth.name", equalTo("X-API-Key"));
    }

    @Test
    void corsPreflightFromUnknownOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options(GuardProbeRoute.PATH)
                .then().header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    private String rawRequest(String head) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readResponse(socket.getInputStream());
        }
    }

    /** Reads one HTTP response: the head, then Content-Length bytes of body. */
    private static String readResponse(InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            String h = head.toString(StandardCharsets.US_ASCII);
            if (h.endsWith("\r\n\r\n")) {
                break;
            }
        }
        String h = head.toString(StandardCharsets.US_ASCII);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(h);
        int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return h + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
