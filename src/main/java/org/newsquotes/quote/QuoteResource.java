package org.newsquotes.quote;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquotes.web.ApiDocs;
import org.newsquotes.web.Pages;
import org.newsquotes.web.Params;
import org.newsquotes.web.Problem;

/** Quote search and lookup. */
@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Search the stored quotations.")
public class QuoteResource {

    private final QuoteService quotes;

    public QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(operationId = "searchQuotes", summary = "Search quotes",
            description = "Stored quotes matching all given filters, newest quote date first by default. Paged; the "
                    + "`Link` header gives first, prev, next and last pages.")
    @APIResponse(responseCode = "200", description = "One page of quotes.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiDocs.QuotePage.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_PARAM, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown type", value = ApiDocs.TYPE_PROBLEM)))
    public Response search(@BeanParam QuoteQuery query, @Context UriInfo uri) {
        return Pages.ok(quotes.search(query), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuote", summary = "Get a quote", description = "One stored quote with its speaker and article.")
    @APIResponse(responseCode = "200", description = "The quote.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "No quote with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteView get(@PathParam("id") @Parameter(description = "Quote id.", example = "7") String id) {
        return quotes.get(Params.pathId("quote", id));
    }
}
