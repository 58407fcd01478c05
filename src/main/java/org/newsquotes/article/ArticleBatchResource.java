package org.newsquotes.article;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import org.newsquotes.ops.IngestMetrics;
import org.newsquotes.web.ApiDocs;
import org.newsquotes.web.Problem;

/** Bulk ingest: many articles in one request and one transaction. */
@Path("/api/v1/articles/batch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleBatchResource {

    /** Most articles one batch may hold (the request body limit applies too). */
    public static final int MAX_BATCH = 100;

    private final ArticleService articles;
    private final ArticleBodies bodies;
    private final IngestMetrics metrics;

    public ArticleBatchResource(ArticleService articles, ArticleBodies bodies, IngestMetrics metrics) {
        this.articles = articles;
        this.bodies = bodies;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestArticles", summary = "Ingest many articles",
            description = "Ingests up to " + MAX_BATCH + " articles, each as in `POST /api/v1/articles`, and stores them "
                    + "in one transaction: all or nothing. Articles already stored (same url, or without url the same "
                    + "text), also earlier in the same batch, are not stored again. Answers one short item per article "
                    + "(id, created or not, quote count) rather than the articles; read them at `/api/v1/articles/{id}`. "
                    + "A refused extraction (too slow: 422, too many waiting: 503) refuses the whole batch. For bulk loads: "
                    + "cheaper per article than one request each.")
    @APIResponse(responseCode = "200", description = "Stored (or found already stored): one item per article, in order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", description = ApiDocs.BAD_BODY + " In a batch the field names the article's index, "
            + "e.g. `[2].text`; nothing is stored.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An article's extraction took longer than the limit; nothing is stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Content type other than JSON.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResult ingest(
            @RequestBody(required = true, description = "A JSON array of 1 to " + MAX_BATCH + " articles.", content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                            implementation = ArticleRequest.class, minItems = 1, maxItems = MAX_BATCH),
                            examples = @ExampleObject(name = "two articles", value = "[" + ApiDocs.ARTICLE_JSON + ", "
                                    + ApiDocs.ARTICLE_JSON_2 + "]")))
            byte[] body) throws JsonProcessingException {
        BatchResult result = BatchResult.of(articles.ingestBatch(bodies.parseBatch(body, MAX_BATCH)));
        for (BatchItem item : result.items()) {
            if (item.created()) {
                metrics.created();
            } else {
                metrics.duplicate();
            }
        }
        return result;
    }
}
