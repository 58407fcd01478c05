package org.newsquotes.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One input field at fault in a request and why. */
@Schema(description = "One request field (body member, query or path parameter) at fault and why.")
public record FieldError(
        @Schema(description = "The field at fault: a JSON member, query or path parameter name.", example = "pageSize")
        String field,
        @Schema(description = "What is wrong with it.", example = "must be between 1 and 100")
        String message) {
}
