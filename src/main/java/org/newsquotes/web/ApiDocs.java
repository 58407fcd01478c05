package org.newsquotes.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsquotes.article.ArticleSummary;
import org.newsquotes.quote.QuoteView;
import org.newsquotes.speaker.SpeakerView;

/**
 * Shared OpenAPI texts and examples (taken from the seed articles), and the concrete page schemas that
 * document the generic {@link PageView} envelope.
 */
public final class ApiDocs {

    public static final String PAGE = "Page number, from 1.";
    public static final String PAGE_SIZE = "Items per page, 1 to 100 (default 20); more than 100 is a 400.";
    public static final String LINK = "RFC 8288 links to the first, prev, next and last pages, e.g. "
            + "`</api/v1/quotes?speaker=stoltenberg&page=2>; rel=\"next\"`.";
    public static final String ETAG = "Strong entity tag of the body; send it back in `If-None-Match` to get a 304 while "
            + "the page is unchanged.";
    public static final String IF_NONE_MATCH = "Entity tags (from `ETag`) of pages the client holds: when one is the "
            + "current page's tag, the answer is 304 without a body.";
    public static final String NOT_MODIFIED = "The page is unchanged since the client got the entity tag it sent in "
            + "`If-None-Match`.";
    public static final String BAD_PARAM = "A query or path parameter is invalid, or not one this endpoint takes "
            + "(problem JSON naming it).";
    public static final String MIN_CONFIDENCE = "Only quotes whose `confidence` is at least this: a decimal number from 0 to 1, "
            + "inclusive. Left out, every quote is listed (the default). 0.8 is a good threshold when precision matters: on "
            + "the PolNeAR development set, 99.6 % of the direct quotes at 0.8 or above are quotations and 95 % of them name "
            + "the right speaker, and 95 % of the indirect ones are reported speech (against 79 % of all indirect quotes: "
            + "low-confidence ones are often fragments such as a bare noun phrase). `total` counts the quotes that pass; "
            + "the `quoteCount` of speakers and articles always counts every stored quote. An empty value, one outside "
            + "[0, 1] or the parameter given twice is a 400.";
    public static final String BAD_BODY = "Malformed JSON, missing text, a bad member value (a number where text "
            + "belongs), a member given twice or one the client may not set, such as `id`, or a query parameter this "
            + "body does not take (problem JSON naming it). Nothing is stored.";

    public static final String ARTICLE_JSON = "{\"text\": \"BRUSSELS — NATO and Russian officials are gathering Wednesday "
            + "amid mounting pressure from Moscow.\\n“I don’t think we can expect that these meetings will solve all "
            + "issues,” NATO Secretary General Jens Stoltenberg told reporters this week.\", "
            + "\"title\": \"NATO and Russia hold talks\", \"source\": \"Associated Press\", \"publishedAt\": \"2022-01-12\", "
            + "\"language\": \"en\"}";
    public static final String ARTICLE_JSON_2 = "{\"text\": \"“It is a start,” said Sen. John Roe, a Democrat from Ohio.\", "
            + "\"url\": \"https://example.com/2022/01/13/talks\", \"source\": \"Example Gazette\", \"publishedAt\": \"2022-01-13\"}";
    public static final String ARTICLE_TEXT = "WASHINGTON — The Clinton Administration will try to neutralize Russia’s "
            + "opposition to potential expansion of NATO.\n“These will be exploratory discussions,” a senior official said.";
    public static final String ARTICLE_HTML = "<html><head><title>NATO and Russia hold talks</title></head><body>"
            + "<p>“What we are hoping for is that we can agree on a way forward,” NATO Secretary General Jens "
            + "Stoltenberg told reporters.</p></body></html>";

    public static final String MISSING_TEXT = "{\"type\": \"urn:newsquotes:problem:invalid-body\", \"title\": \"Invalid request body\", "
            + "\"status\": 400, \"detail\": \"text is required (or html)\", \"instance\": \"/api/v1/articles\", "
            + "\"field\": \"text\", \"errors\": [{\"field\": \"text\", \"message\": \"is required (or html)\"}]}";
    public static final String PAGE_SIZE_PROBLEM = "{\"type\": \"urn:newsquotes:problem:invalid-parameter\", "
            + "\"title\": \"Invalid request parameter\", \"status\": 400, \"detail\": \"pageSize must be between 1 and 100\", "
            + "\"instance\": \"/api/v1/articles\", \"field\": \"pageSize\", "
            + "\"errors\": [{\"field\": \"pageSize\", \"message\": \"must be between 1 and 100\"}]}";
    public static final String TYPE_PROBLEM = "{\"type\": \"urn:newsquotes:problem:invalid-parameter\", "
            + "\"title\": \"Invalid request parameter\", \"status\": 400, "
            + "\"detail\": \"type must be one of: direct, partial, indirect\", \"instance\": \"/api/v1/quotes\", "
            + "\"field\": \"type\", \"errors\": [{\"field\": \"type\", \"message\": \"must be one of: direct, partial, indirect\"}]}";

    public static final String SPEAKER_REF_JSON = "{\"id\": 3, \"name\": \"Jens Stoltenberg\", \"kind\": \"person\"}";
    public static final String SPEAKER_JSON = "{\"id\": 3, \"name\": \"Jens Stoltenberg\", \"kind\": \"person\", "
            + "\"aliases\": [\"Jens Stoltenberg\", \"Stoltenberg\"], \"roles\": [\"NATO Secretary General\"], \"quoteCount\": 2}";
    public static final String ARTICLE_REF_JSON = "{\"id\": 2, \"title\": \"NATO and Russian officials meet amid tensions over Ukraine\", "
            + "\"source\": \"Associated Press\", \"url\": null, \"publishedAt\": \"2022-01-12\"}";
    public static final String REPAIRS_JSON = "[{\"kind\": \"mojibake\", \"count\": 4, \"detail\": \"UTF-8 read as Windows-1252\"}, "
            + "{\"kind\": \"boilerplate\", \"count\": 1, \"detail\": \"newsletter trailer removed\"}]";
    public static final String QUOTE_JSON = "{\"id\": 7, \"text\": \"I don’t deliberation we tin expect that these meetings volition lick each issues,\", "
            + "\"normalizedText\": \"I don’t think we can expect that these meetings will solve all issues,\", \"type\": \"direct\", "
            + "\"speaker\": " + SPEAKER_REF_JSON + ", \"speakerMention\": \"NATO Secretary General Jens Stoltenberg\", "
            + "\"role\": \"NATO Secretary General\", \"cue\": \"told reporters\", \"date\": \"2022-01-12\", "
            + "\"datePrecision\": \"week\", \"dateText\": \"this week\", \"span\": {\"start\": 1127, \"end\": 1198}, "
            + "\"context\": \"“I don’t deliberation we tin expect that these meetings volition lick each issues,” NATO Secretary General Jens Stoltenberg told reporters this week.\", "
            + "\"confidence\": 0.9, \"article\": " + ARTICLE_REF_JSON + "}";
    public static final String ARTICLE_SUMMARY_JSON = "{\"id\": 1, \"title\": \"U.S. to Propose New Talks With Russia on NATO\", \"url\": null, "
            + "\"source\": \"Los Angeles Times\", \"publishedAt\": \"1995-01-16\", \"language\": \"en\", \"authors\": [], "
            + "\"dateline\": \"WASHINGTON\", \"repairs\": " + REPAIRS_JSON + ", \"spunScore\": 0.0, \"spun\": false, "
            + "\"contentHash\": \"3f1c9a0e5b7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e\", "
            + "\"ingestedAt\": \"2026-11-25T20:00:00Z\", \"quoteCount\": 2}";

    private ApiDocs() {
    }

    /** Documentation schema of a page of quotes. */
    @Schema(name = "QuotePage", description = "One page of quotes.")
    public record QuotePage(@Schema(description = "The quotes on this page.", example = "[" + QUOTE_JSON + "]") List<QuoteView> items,
                            @Schema(description = PAGE, example = "1") int page,
                            @Schema(description = "Items per page.", example = "20") int pageSize,
                            @Schema(description = "Number of quotes in the whole result; a lower bound when `totalExact` is false.", example = "3") long total,
                            @Schema(description = PageView.TOTAL_EXACT, example = "true") boolean totalExact) {
    }

    /** Documentation schema of a page of articles. */
    @Schema(name = "ArticlePage", description = "One page of articles.")
    public record ArticlePage(@Schema(description = "The articles on this page (without text).", example = "[" + ARTICLE_SUMMARY_JSON + "]") List<ArticleSummary> items,
                              @Schema(description = PAGE, example = "1") int page,
                              @Schema(description = "Items per page.", example = "20") int pageSize,
                              @Schema(description = "Number of articles in the whole result; a lower bound when `totalExact` is false.", example = "2") long total,
                            @Schema(description = PageView.TOTAL_EXACT, example = "true") boolean totalExact) {
    }

    /** Documentation schema of a page of speakers. */
    @Schema(name = "SpeakerPage", description = "One page of speakers.")
    public record SpeakerPage(@Schema(description = "The speakers on this page.", example = "[" + SPEAKER_JSON + "]") List<SpeakerView> items,
                              @Schema(description = PAGE, example = "1") int page,
                              @Schema(description = "Items per page.", example = "20") int pageSize,
                              @Schema(description = "Number of speakers in the whole result; a lower bound when `totalExact` is false.", example = "1") long total,
                            @Schema(description = PageView.TOTAL_EXACT, example = "true") boolean totalExact) {
    }
}
