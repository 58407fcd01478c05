package org.newsquotes.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A REST Assured filter that checks each interaction under {@code /api/} against the OpenAPI document with
 * Atlassian's swagger-request-validator. What it checks:
 * <ul>
 *   <li>every response: status documented for the operation, headers and body matching their schemas;</li>
 *   <li>every request the server accepted (status below 400): path, parameters and body valid per the
 *       document. A request the server refused with 4xx is expected to break the contract (that is what
 *       the error tests send), so only its response is checked;</li>
 *   <li>a path the document lacks is an error only if the server answered it with a success.</li>
 * </ul>
 * Ignored, on purpose: request-parameter messages when a parameter is sent with a blank value (the
 * server reads {@code ?type=} or {@code ?from=%20} as "no filter", the validator wants a value), and
 * {@code validation.request.security.missing}, and enum parameters sent in another letter case
 * ({@code type=PARTIAL}; the server accepts them, the document lists lowercase values). The document says writes need
 * {@code X-API-Key} (true once keys are configured); the tests run without keys, where the server accepts
 * loopback writes without one (documented in the scheme's description). {@code GuardWithKeysTest} covers
 * the keyed case.
 * Failures throw an {@link AssertionError} listing the validator's messages.
 */
public final class ContractFilter implements Filter {

    static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");
    static final java.util.Set<String> IGNORED = java.util.Set.of("validation.request.security.missing");
    private static volatile OpenApiInteractionValidator validator;
    private static volatile boolean enabled = true;

    static void enable(boolean on) {
        enabled = on;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification spec,
                           FilterContext ctx) {
        Response response = ctx.next(request, spec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!enabled || path == null || !path.startsWith("/api/")) {
            return response;
        }
        ValidationReport report = validator(request).validate(RestAssuredRequest.of(request),
                RestAssuredResponse.of(response));
        List<ValidationReport.Message> errors = relevant(report, response.statusCode(),
                hasBlankParameter(URI.create(request.getURI()).getRawQuery()));
        if (!errors.isEmpty()) {
            throw new AssertionError("OpenAPI contract violated by " + request.getMethod() + " " + path + " -> "
                    + response.statusCode() + ":\n" + errors.stream().map(ContractFilter::describe)
                    .collect(Collectors.joining("\n")));
        }
        return response;
    }

    static List<ValidationReport.Message> relevant(ValidationReport report, int status, boolean blankParameter) {
        boolean refused = status >= 400;
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(refused && m.getKey().startsWith("validation.request.")))
                .filter(m -> !(blankParameter && m.getKey().startsWith("validation.request.parameter.")))
                .filter(m -> !IGNORED.contains(m.getKey()))
                .filter(m -> !caseVariantOfEnumValue(m))
                .collect(Collectors.toList());
    }

    /**
     * The server accepts enum parameters in any letter case ({@code type=PARTIAL}); the document lists the
     * lowercase values. Such a request is not counted as a violation.
     */
    static boolean caseVariantOfEnumValue(ValidationReport.Message m) {
        if (!"validation.request.parameter.schema.enum".equals(m.getKey())) {
            return false;
        }
        String text = m.getMessage();
        int open = text.indexOf("(\"");
        int close = open < 0 ? -1 : text.indexOf("\")", open);
        int values = text.indexOf("possible values:");
        if (open < 0 || close < 0 || values < 0) {
            return false;
        }
        String instance = text.substring(open + 2, close).toLowerCase(java.util.Locale.ROOT);
        return text.substring(values).contains("\"" + instance + "\"");
    }

    /** True when some query parameter is present with a blank value, which the server treats as absent. */
    static boolean hasBlankParameter(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                if (java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // malformed: not blank
            }
        }
        return false;
    }

    private static String describe(ValidationReport.Message m) {
        return "  [" + m.getKey() + "] " + m.getMessage();
    }

    private static OpenApiInteractionValidator validator(FilterableRequestSpecification request) {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (ContractFilter.class) {
                if (validator == null) {
                    validator = build(request);
                }
                v = validator;
            }
        }
        return v;
    }

    /** From the checked-in document; the served one only while no document is checked in yet. */
    private static OpenApiInteractionValidator build(FilterableRequestSpecification request) {
        String location = Files.isRegularFile(DOCUMENT) ? DOCUMENT.toAbsolutePath().toUri().toString()
                : URI.create(request.getURI()).resolve("/q/openapi?format=json").toString();
        return OpenApiInteractionValidator.createForSpecificationUrl(location).build();
    }
}
