package org.newsquotes.web;

/** Small string helpers for storing extractor output in bounded columns. */
public final class Texts {

    private Texts() {
    }

    /** {@code value} cut to at most {@code max} characters (never splitting a surrogate pair); null stays null. */
    public static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
