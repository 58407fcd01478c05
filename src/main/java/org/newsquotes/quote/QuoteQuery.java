package org.newsquotes.quote;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.web.ApiDocs;
import org.newsquotes.web.PageRequest;
import org.newsquotes.web.Params;

/**
 * The raw query parameters of every quote list. Kept as strings and parsed by {@link #filter()},
 * {@link #page()} and {@link #sort}, so that each bad value is a 400 naming its parameter.
 */
public class QuoteQuery {

    @QueryParam("speaker")
    @Parameter(description = "Speaker name or alias, case- and accent-insensitive; a surname alone matches, "
            + "and so does the name with a title (`Mr.`, `Secretary General`) or without a middle initial. A first name alone "
            + "matches nobody (it does not say which person): `/speakers?name=` lists the candidates, then filter by `speakerId`.",
            example = "stoltenberg")
    public String speaker;

    @QueryParam("speakerId")
    @Parameter(description = "Speaker id.", example = "3", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    public String speakerId;

    @QueryParam("q")
    @Parameter(description = "Words that must all occur in the quote text (case-insensitive).", example = "meetings")
    public String q;

    @QueryParam("type")
    @Parameter(description = "Quote type.", schema = @Schema(enumeration = {"direct", "partial", "indirect"}), example = "direct")
    public String type;

    @QueryParam("from")
    @Parameter(description = "Quote date on or after (YYYY-MM-DD).", example = "2022-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Quote date on or before (YYYY-MM-DD).", example = "2022-01-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("source")
    @Parameter(description = "Publisher of the article, case-insensitive exact match.", example = "Associated Press")
    public String source;

    @QueryParam("articleId")
    @Parameter(description = "Only quotes from this article.", example = "2", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
    public String articleId;

    /** Documents the parameter; {@link #filter()} reads every value given from {@link #uri}. */
    @QueryParam("minConfidence")
    @Parameter(description = ApiDocs.MIN_CONFIDENCE, example = "0.8",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
    public String minConfidence;

    /**
     * The request's query, for the value of {@code minConfidence} as sent: the field above reads an empty value as
     * absent, while an empty one must be a 400 (a value given twice is refused earlier, by {@code KnownQueryParams}).
     */
    @Context
    UriInfo uri;

    @QueryParam("sort")
    @Parameter(description = "`newest` quote date first (default for quote and speaker lists), `oldest` first, or `position` "
            + "(article by article in text order; default for an article's quotes).",
            schema = @Schema(enumeration = {"newest", "oldest", "position"}), example = "newest")
    public String sort;

    @QueryParam("page")
    @Parameter(description = ApiDocs.PAGE, example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("pageSize")
    @Parameter(description = ApiDocs.PAGE_SIZE, example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String pageSize;

    public QuoteFilter filter() {
        var fromDate = Params.dateParam("from", from);
        var toDate = Params.dateParam("to", to);
        Params.checkRange(fromDate, toDate);
        return new QuoteFilter(Params.textParam("speaker", speaker), Params.idParam("speakerId", speakerId),
                Params.textParam("q", q), Params.enumParam("type", type, QuoteType.class, null), fromDate, toDate,
                Params.textParam("source", source), Params.idParam("articleId", articleId),
                Params.fractionParam("minConfidence", uri == null ? Optional.ofNullable(minConfidence).map(List::of).orElse(null)
                        : uri.getQueryParameters().get("minConfidence")));
    }

    public PageRequest page() {
        return PageRequest.of(page, pageSize);
    }

    public QuoteSort sort(QuoteSort dflt) {
        return Params.enumParam("sort", sort, QuoteSort.class, dflt);
    }
}
