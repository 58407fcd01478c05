package org.newsquotes.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsquotes.web.ApiDocs;
import org.newsquotes.web.Problem;

/** Dry-run extraction: what an ingest would store, storing nothing. */
@Path("/api/v1/extract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction", description = "Analyse an article without storing it.")
public class ExtractResource {

    private final ArticleService articles;
    private final ArticleBodies bodies;

    public ExtractResource(ArticleService articles, ArticleBodies bodies) {
        this.articles = articles;
        this.bodies = bodies;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "extractQuotes", summary = "Extract quotes without storing",
            description = "Takes the same input as POST /api/v1/articles and returns what would be stored (ids null). "
                    + "Nothing is written.")
    @APIResponse(responseCode = "200", description = "The analysed article with its quotes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_BODY, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "missing text", value = ApiDocs.MISSING_TEXT)))
    @APIResponse(responseCode = "415", description = "Content type other than JSON, text/plain or text/html.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView extract(
            @RequestBody(required = true, description = "The article: JSON, or the raw text or HTML.", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRequest.class),
                            examples = @ExampleObject(name = "AP story", value = ApiDocs.ARTICLE_JSON)),
                    @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "plain text", value = ApiDocs.ARTICLE_TEXT)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "html", value = ApiDocs.ARTICLE_HTML))})
            byte[] body,
            @BeanParam ArticleMetadataParams params) throws JsonProcessingException {
        return articles.preview(bodies.parse(params.contentType(), body, params.metadata()));
    }
}
