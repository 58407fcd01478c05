package org.newsquotes.extraction.text;

import org.newsquotes.extraction.Span;

/**
 * One word or punctuation mark: where it stands, the text as printed, and {@code norm}, the lower-cased
 * reading (through {@link org.newsquotes.extraction.clean.SpunText} when the article is spun).
 */
public record Token(int start, int end, String text, String norm) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Starts with an upper-case letter ("Smith", "U.S."). */
    public boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String lowerWord) {
        return norm.equals(lowerWord);
    }
}
