package org.newsquotes.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents on every operation the problem responses any request can get (404 unknown path, 405, 406,
 * 415, 500...) as a {@code default} response, so that the document covers every answer the service gives.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getDefaultValue() == null) {
            MediaType problem = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref("Problem"));
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
            APIResponse response = OASFactory.createAPIResponse()
                    .description("Any other error (e.g. 405 method not allowed, 406 not acceptable, "
                            + "500 unexpected error) as RFC 9457 problem JSON.")
                    .content(content);
            operation.getResponses().setDefaultValue(response);
        }
        return operation;
    }
}
