package org.newsquotes.extraction.text;

import java.util.Objects;
import org.newsquotes.extraction.Span;

/**
 * One word or punctuation mark: where it stands, the text as printed, and {@code norm}, the lower-cased
 * reading (through {@link org.newsquotes.extraction.clean.SpunText} when the article is spun). A value
 * class with a record's accessors, equality and string form; whether it is a word and capitalised is worked
 * out once, because the attribution and name scans ask for every token many times.
 */
public final class Token {

    private final int start;
    private final int end;
    private final String text;
    private final String norm;
    private final boolean word;
    private final boolean capitalized;

    public Token(int start, int end, String text, String norm) {
        this(start, end, text, norm, Character.isLetterOrDigit(text.charAt(0)), Character.isUpperCase(text.charAt(0)));
    }

    /** For {@link Tokenizer}, which has read the first character already: the flags as the public constructor sets them. */
    Token(int start, int end, String text, String norm, boolean word, boolean capitalized) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.norm = norm;
        this.word = word;
        this.capitalized = capitalized;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public String norm() {
        return norm;
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return word;
    }

    /** Starts with an upper-case letter ("Smith", "U.S."). */
    public boolean isCapitalized() {
        return capitalized;
    }

    public boolean is(String lowerWord) {
        return norm.equals(lowerWord);
    }

    /** A word with a possessive "'s" or "’s" after at least one letter, as printed ("Lee’s", "CNN's"). */
    public boolean isPossessive() {
        return text.length() > 2 && (text.endsWith("’s") || text.endsWith("'s"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && Objects.equals(text, t.text)
                && Objects.equals(norm, t.norm);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text, norm);
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", text=" + text + ", norm=" + norm + "]";
    }
}
