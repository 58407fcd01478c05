package org.newsquotes.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code field} names the first field at
 * fault and {@code errors} lists all of them (both absent when no single field is to blame).
 */
@Schema(name = "Problem", description = "RFC 9457 problem details. `field` and `errors` name the request fields at fault.")
public record Problem(
        @Schema(description = "A URI reference identifying the problem type.", example = "urn:newsquotes:problem:invalid-parameter")
        String type,
        @Schema(description = "Short summary of the problem type.", example = "Invalid request parameter")
        String title,
        @Schema(description = "HTTP status code.", example = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence.", example = "pageSize must be between 1 and 100")
        String detail,
        @Schema(description = "The request path this problem occurred on.", example = "/api/v1/quotes")
        String instance,
        @Schema(description = "The first field at fault, when there is one.", example = "pageSize", nullable = true)
        String field,
        @Schema(description = "Every field at fault.", nullable = true)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
