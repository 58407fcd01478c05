package org.newsquotes.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquotes.quote.QuoteService;
import org.newsquotes.quote.QuoteSort;
import org.newsquotes.web.ApiDocs;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.Pages;
import org.newsquotes.web.Params;
import org.newsquotes.web.Problem;

/** Articles: ingest, read, list, delete, and the quotes of one article. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Ingest news articles and read them back with their quotes.")
public class ArticleResource {

    private final ArticleService articles;
    private final QuoteService quotes;
    private final ArticleBodies bodies;

    public ArticleResource(ArticleService articles, QuoteService quotes, ArticleBodies bodies) {
        this.articles = articles;
        this.quotes = quotes;
        this.bodies = bodies;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "ingestArticle", summary = "Ingest an article",
            description = "Cleans the article, extracts its quotations with speakers, roles, cues and dates, and stores "
                    + "everything in one transaction. Send JSON, or the raw article as text/plain or text/html with the "
                    + "metadata as query parameters. Posting the same url (or, without url, the same text) again "
                    + "returns the stored article with 200 and stores nothing.")
    @APIResponse(responseCode = "201", description = "Stored; `Location` names the new article.",
            headers = @Header(name = "Location", description = "URL of the new article", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "200", description = "Already stored (same url or text): the stored article, nothing written.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_BODY, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "missing text", value = ApiDocs.MISSING_TEXT)))
    @APIResponse(responseCode = "415", description = "Content type other than JSON, text/plain or text/html.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(
            @RequestBody(required = true, description = "The article: JSON, or the raw text or HTML.", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRequest.class),
                            examples = @ExampleObject(name = "AP story", value = ApiDocs.ARTICLE_JSON)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "plain text", value = ApiDocs.ARTICLE_TEXT)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "html", value = ApiDocs.ARTICLE_HTML))})
            byte[] body,
            @BeanParam ArticleMetadataParams params,
            @Context UriInfo uri) throws JsonProcessingException {
        ArticleSubmission submission = bodies.parse(params.contentType(), body, params.metadata());
        IngestResult result = articles.ingest(submission);
        if (!result.created()) {
            return Response.ok(result.article()).build();
        }
        URI location = uri.getBaseUriBuilder().path("api/v1/articles/{id}").build(result.article().id());
        return Response.created(location).entity(result.article()).build();
    }

    @GET
    @Operation(operationId = "listArticles", summary = "List articles",
            description = "Stored articles without their text, newest publication first unless `sort=oldest`. Paged; "
                    + "the `Link` header gives first, prev, next and last pages.")
    @APIResponse(responseCode = "200", description = "One page of articles.", headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiDocs.ArticlePage.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_PARAM, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "page size", value = ApiDocs.PAGE_SIZE_PROBLEM)))
    public Response list(
            @QueryParam("source") @Parameter(description = "Publisher, case-insensitive exact match.", example = "Los Angeles Times") String source,
            @QueryParam("from") @Parameter(description = "Published on or after this date (YYYY-MM-DD).", example = "1995-01-01", schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Published on or before this date (YYYY-MM-DD).", example = "2022-12-31", schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("sort") @Parameter(description = "`newest` (default) or `oldest` publication first.", schema = @Schema(enumeration = {"newest", "oldest"}), example = "newest") String sort,
            @QueryParam("page") @Parameter(description = ApiDocs.PAGE, example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1")) String page,
            @QueryParam("pageSize") @Parameter(description = ApiDocs.PAGE_SIZE, example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String pageSize,
            @Context UriInfo uri) {
        PageRequest request = PageRequest.of(page, pageSize);
        var fromDate = Params.dateParam("from", from);
        var toDate = Params.dateParam("to", to);
        Params.checkRange(fromDate, toDate);
        ArticleSort order = Params.enumParam("sort", sort, ArticleSort.class, ArticleSort.NEWEST);
        return Pages.ok(articles.list(Params.textParam("source", source), fromDate, toDate,
                order == ArticleSort.NEWEST, request), uri);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "Get an article",
            description = "One article with its cleaned text (which quote spans refer to) and all its quotes.")
    @APIResponse(responseCode = "200", description = "The article.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No article with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(@PathParam("id") @Parameter(description = "Article id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        return articles.get(Params.pathId("article", id));
    }

    @GET
    @Path("{id}/quotes")
    @Operation(operationId = "listArticleQuotes", summary = "List an article's quotes",
            description = "The quotes of one article, in text order unless `sort` says otherwise. Takes the same "
                    + "filters as /api/v1/quotes.")
    @APIResponse(responseCode = "200", description = "One page of quotes.", headers = @Header(name = "Link", description = ApiDocs.LINK, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiDocs.QuotePage.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_PARAM,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response quotes(@PathParam("id") @Parameter(description = "Article id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id,
                           @jakarta.ws.rs.BeanParam org.newsquotes.quote.QuoteQuery query,
                           @Context UriInfo uri) {
        long articleId = Params.pathId("article", id);
        return Pages.ok(quotes.ofArticle(articleId, query, QuoteSort.POSITION), uri);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteArticle", summary = "Delete an article",
            description = "Deletes the article and its quotes; speakers left without quotes go too.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No article with this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") @Parameter(description = "Article id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) String id) {
        articles.delete(Params.pathId("article", id));
        return Response.noContent().build();
    }

    /** The orders an article list can be sorted in. */
    public enum ArticleSort {
        NEWEST, OLDEST
    }
}
