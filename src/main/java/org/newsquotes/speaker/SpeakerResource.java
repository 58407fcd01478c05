package org.newsquotes.speaker;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquotes.cache.CachedPages;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.quote.QuoteFilter;
import org.newsquotes.quote.QuoteListKey;
import org.newsquotes.quote.QuoteQuery;
import org.newsquotes.quote.QuoteService;
import org.newsquotes.quote.QuoteSort;
import org.newsquotes.web.ApiDocs;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.Pages;
import org.newsquotes.web.Params;
import org.newsquotes.web.Problem;

/** Speaker lookup and each speaker's quotes. */
@Path("/api/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "Who is quoted: people, organisations, groups and anonymous sources.")
public class SpeakerResource {

    private final SpeakerService speakers;
    private final QuoteService quotes;
    private final CachedPages pages;

    public SpeakerResource(SpeakerService speakers, QuoteService quotes, CachedPages pages) {
        this.speakers = speakers;
        this.quotes = quotes;
        this.pages = pages;
    }

    @GET
    @Operation(operationId = "listSpeakers", summary = "Find speakers",
            description = "Speakers whose name or any alias starts with `name` (case- and accent-insensitive), plus every "
                    + "speaker that `/quotes?speaker=` matches for the same name (a title such as `Mr.` or a missing middle "
                    + "initial is tolerated: `Sam Greene` finds \"Sam A. Greene\"), by name. A first name alone lists its "
                    + "candidates here, while `/quotes?speaker=` matches nobody for it.")
    @APIResponse(responseCode = "200", description = "One page of speakers.",
            headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiDocs.SpeakerPage.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_PARAM,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @QueryParam("name") @Parameter(description = "Start of a name, surname or alias, or a name as `/quotes?speaker=` takes it.", example = "stoltenberg") String name,
            @QueryParam("kind") @Parameter(description = "Kind of speaker.", schema = @Schema(enumeration = {"person", "organization", "group", "anonymous"}), example = "person") String kind,
            @QueryParam("page") @Parameter(description = ApiDocs.PAGE, example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) String page,
            @QueryParam("pageSize") @Parameter(description = ApiDocs.PAGE_SIZE, example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String pageSize,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        SpeakerKind speakerKind = Params.enumParam("kind", kind, SpeakerKind.class, null);
        return Pages.ok(speakers.list(Params.textParam("name", name), speakerKind, request), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSpeaker", summary = "Get a speaker", description = "One speaker with aliases, roles and quote count.")
    @APIResponse(responseCode = "200", description = "The speaker.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerView.class)))
    @APIResponse(responseCode = "404", description = "No speaker with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerView get(@PathParam("id") @Parameter(description = "Speaker id.", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return speakers.get(Params.pathId("speaker", id));
    }

    @GET
    @Path("{id}/quotes")
    @Operation(operationId = "listSpeakerQuotes", summary = "List a speaker's quotes",
            description = "The speaker's quotes, newest first by default. Takes the same filters as /api/v1/quotes.")
    @APIResponse(responseCode = "200", description = "One page of quotes.",
            headers = {@Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiDocs.QuotePage.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED,
            headers = {@Header(name = "ETag", description = ApiDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_PARAM,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No speaker with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response quotes(@PathParam("id") @Parameter(description = "Speaker id.", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
                           @BeanParam QuoteQuery query, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = ApiDocs.IF_NONE_MATCH) String ifNoneMatch) {
        long speakerId = Params.pathId("speaker", id);
        QuoteFilter filter = query.filter();
        filter.withSpeaker(speakerId); // a conflicting speakerId is a 400 before the cache is asked
        QuoteSort sort = query.sort(QuoteSort.NEWEST);
        PageRequest page = query.page();
        return pages.page(QuoteListKey.of("speakerQuotes", speakerId, filter, sort, page),
                () -> quotes.ofSpeaker(speakerId, filter, sort, page), uri, ifNoneMatch);
    }
}
