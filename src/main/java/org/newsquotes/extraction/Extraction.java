package org.newsquotes.extraction;

import java.util.List;

/** The result of extracting one article: the cleaned article and its quotations in text order. */
public record Extraction(CleanedArticle article, List<Quote> quotes) {

    public Extraction {
        quotes = List.copyOf(quotes);
    }
}
