package org.newsquotes.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * An article after repair and cleaning. {@code text} is what every {@link Span} refers to.
 * {@code spunScore} in [0, 1] says how strongly the text looks machine-"spun"; {@code spun} is the verdict.
 * {@code inputOffsets} maps offsets of {@code text} back to the text as given (see {@link OffsetMap}).
 */
public record CleanedArticle(String text, String title, LocalDate publishedAt, List<String> authors,
                             String dateline, List<Repair> repairs, double spunScore, boolean spun,
                             OffsetMap inputOffsets) {

    public CleanedArticle {
        authors = List.copyOf(authors);
        repairs = List.copyOf(repairs);
        inputOffsets = inputOffsets == null ? OffsetMap.identity() : inputOffsets;
    }

    /** An article whose text is the input's, offset for offset. */
    public CleanedArticle(String text, String title, LocalDate publishedAt, List<String> authors,
                          String dateline, List<Repair> repairs, double spunScore, boolean spun) {
        this(text, title, publishedAt, authors, dateline, repairs, spunScore, spun, OffsetMap.identity());
    }

    public static CleanedArticle plain(String text, LocalDate publishedAt) {
        return new CleanedArticle(text, null, publishedAt, List.of(), null, List.of(), 0.0, false);
    }
}
