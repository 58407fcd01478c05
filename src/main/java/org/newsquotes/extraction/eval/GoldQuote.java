package org.newsquotes.extraction.eval;

/** One gold attribution of a PolNeAR JSON Lines article: content span, source mention, heuristic type. */
public record GoldQuote(int start, int end, String speaker, String quoteType) {

    /** Gold direct+partial: the content holds a double quotation mark (convert.py's "direct" or "mixed"). */
    public boolean direct() {
        return "direct".equals(quoteType) || "mixed".equals(quoteType);
    }
}
