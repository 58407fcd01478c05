package org.newsquotes.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the guards in the OpenAPI document: an {@code ApiKeyAuth} scheme (header {@code X-API-Key}, so
 * Swagger UI shows "Authorize"), a security requirement on every write operation, and the problem responses
 * the guards can give (401, 403 on writes; 413, 415, 422, 503 with a body; 400, 406, 414 on every API
 * operation), and a relative server {@code /} when none is configured. Responses an
 * operation already documents are left as they are.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiKeyOpenApiFilter implements OASFilter {

    public static final String SCHEME = "ApiKeyAuth";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String API_PREFIX = "/api/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            // relative: the API lives on the server that serves this document (lint rule oas3-api-servers)
            openAPI.addServer(OASFactory.createServer().url("/")
                    .description("The server this document is served from"));
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(WriteGuard.HEADER)
                .description("API key for writes (POST/PUT/DELETE). Keys are configured on the server with"
                        + " QUOTES_API_KEYS; without any key configured, writes are accepted from the server's"
                        + " own host only. Reads are public unless quotes.security.protect-reads=true."));
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(schema -> allowNullInNullableEnums(schema, 0));
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
            components.addSchema(PROBLEM_SCHEMA, problemSchema());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(API_PREFIX)) {
                item.getOperations().forEach(this::document);
            }
        });
    }

    /**
     * A nullable enum (OpenAPI 3.1 {@code type: [string, "null"]}) must list {@code null} among its values,
     * or a validator refuses the nulls the service sends (found by the contract tests on datePrecision).
     */
    static void allowNullInNullableEnums(Schema schema, int depth) {
        if (schema == null || depth > 8) {
            return;
        }
        List<Object> values = schema.getEnumeration();
        if (values != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)
                && !values.contains(null)) {
            List<Object> withNull = new java.util.ArrayList<>(values);
            withNull.add(null);
            schema.setEnumeration(withNull);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> allowNullInNullableEnums(p, depth + 1));
        }
        allowNullInNullableEnums(schema.getItems(), depth + 1);
    }

    private void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "400", "Invalid request: a malformed, too long or badly encoded parameter or body.");
        addIfAbsent(responses, "406", "None of the media types in Accept can be produced.");
        addIfAbsent(responses, "414", "The path or query string is too long; `field` is `path` or `query`.");
        addIfAbsent(responses, "500", "Unexpected server error; nothing was written.");
        if (isWrite(method)) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
            APIResponse unauthorized = addIfAbsent(responses, "401",
                    "Missing or invalid API key (when keys are configured).");
            if (unauthorized != null) {
                unauthorized.addHeader("WWW-Authenticate", wwwAuthenticate());
            }
            addIfAbsent(responses, "403", "No API key is configured and the request does not come from the"
                    + " server's own host.");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The request body is larger than the configured limit; `field` is `body`.");
            addIfAbsent(responses, "415", "The request body's media type is not supported.");
            addIfAbsent(responses, "422", "The article's extraction took too long and was abandoned.");
            addIfAbsent(responses, "503", "The service cannot take the article right now (no extraction"
                    + " capacity free, or the database is unavailable); retry later.");
        }
        responses.setAPIResponses(new java.util.TreeMap<>(responses.getAPIResponses()));
    }

    private static boolean isWrite(PathItem.HttpMethod method) {
        return method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS && method != PathItem.HttpMethod.TRACE;
    }

    /** Adds a problem response unless one is documented; returns the added response or null. */
    private static APIResponse addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return null;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        responses.addAPIResponse(status, response);
        return response;
    }

    private static Header wwwAuthenticate() {
        return OASFactory.createHeader().description("The authentication scheme: ApiKey in header X-API-Key.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document.")
                .properties(Map.of(
                        "type", string.description("A URI identifying the kind of problem.")
                                .examples(List.of("urn:newsquotes:problem:api-key-required")),
                        "title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("Short summary of the problem kind."),
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                .description("The HTTP status code."),
                        "detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("What went wrong with this request."),
                        "instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("The request path.")))
                .additionalPropertiesBoolean(Boolean.TRUE);
    }
}
