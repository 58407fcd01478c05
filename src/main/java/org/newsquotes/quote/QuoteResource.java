package org.newsquotes.quote;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.newsquotes.cache.CachedPages;
import org.newsquotes.web.ApiDocs;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.Params;
import org.newsquotes.web.Problem;

/** Quote search and lookup. */
@Path("/api/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Search the stored quotations.")
public class QuoteResource {

    private final QuoteService quotes;
    private final CachedPages pages;

    public QuoteResource(QuoteService quotes, CachedPages pages) {
        this.quotes = quotes;
        this.pages = pages;
    }

    @GET
    @Operation(operationId = "searchQuotes", summary = "Search quotes",
            description = "Stored quotes matching all given filters, newest quote date first by default. Paged; the "
                    + "`Link` header gives first, prev, next and last pages.")
    @APIResponse(responseCode = "200", description = "One page of quotes.",
            headers = {@Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiDocs.QuotePage.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED,
            headers = {@Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_PARAM, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown type", value = ApiDocs.TYPE_PROBLEM)))
    public Response search(@BeanParam QuoteQuery query, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = ApiDocs.IF_NONE_MATCH) String ifNoneMatch) {
        QuoteFilter filter = query.filter();
        QuoteSort sort = query.sort(QuoteSort.NEWEST);
        PageRequest page = query.page();
        return pages.page(QuoteListKey.of("quotes", 0, filter, sort, page), () -> quotes.search(filter, sort, page),
                uri, ifNoneMatch);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuote", summary = "Get a quote", description = "One stored quote with its speaker and article.")
    @APIResponse(responseCode = "200", description = "The quote.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "404", description = "No quote with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteView get(@PathParam("id") @Parameter(description = "Quote id.", example = "7", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return quotes.get(Params.pathId("quote", id));
    }
}
