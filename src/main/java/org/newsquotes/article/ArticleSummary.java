package org.newsquotes.article;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a list: everything but its text and quotes. */
@Schema(description = "A stored article without its text (list form).")
public record ArticleSummary(
        @Schema(description = "Article id.", example = "2") long id,
        @Schema(description = "Headline.", example = "U.S. to Propose New Talks With Russia on NATO", nullable = true) String title,
        @Schema(description = "Canonical address.", nullable = true) String url,
        @Schema(description = "Publisher.", example = "Los Angeles Times", nullable = true) String source,
        @Schema(description = "Publication date (YYYY-MM-DD) or date-time (RFC 3339, UTC).", example = "1995-01-16", nullable = true) String publishedAt,
        @Schema(description = "Language tag.", example = "en", nullable = true) String language,
        @Schema(description = "Authors from the byline or credit line.", example = "[\"Robyn Dixon\"]") List<String> authors,
        @Schema(description = "Dateline place.", example = "WASHINGTON", nullable = true) String dateline,
        @Schema(description = "What was repaired on the way in.") List<RepairView> repairs,
        @Schema(description = "How strongly the text looks machine-spun, in [0, 1].", example = "0.0") double spunScore,
        @Schema(description = "Whether the text was judged machine-spun.", example = "false") boolean spun,
        @Schema(description = "SHA-256 (hex) of the cleaned text; the dedupe key when there is no url.",
                example = "3f1c9a0e5b7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e") String contentHash,
        @Schema(description = "When the article was stored (RFC 3339, UTC).", example = "2026-11-25T20:00:00Z") Instant ingestedAt,
        @Schema(description = "Number of stored quotes.", example = "4") long quoteCount) {
}
