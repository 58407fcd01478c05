package org.newsquotes.extraction.eval;

/** One predicted quote in the reference scorer's format; {@code type} is direct, partial or indirect. */
public record PredQuote(int start, int end, String type, String speaker, double confidence) {

    public boolean indirect() {
        return "indirect".equals(type);
    }
}
