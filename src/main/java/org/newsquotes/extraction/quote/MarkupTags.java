package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.Span;

/**
 * Markup tags inside article text, as {@link QuoteMarkScanner} meets them: a tag ({@code <tweet author="…">})
 * is skipped whole, also when its attributes run over a line break, and a straight mark right after '='
 * opens an attribute value, not a quotation, also in a tag too long to be skipped. Tags are read at most
 * {@link #MAX_TAG} characters long, so a stray '<' never makes the scan quadratic.
 */
final class MarkupTags {

    /** Longest tag read, and how far past a paragraph end a tag may run. */
    static final int MAX_TAG = 400;

    private MarkupTags() {
    }

    /**
     * The offset of the '>' closing a markup tag that opens in {@code para} and ends after it (attributes
     * over a line break: {@code <tweet date="May 1,\n">}), or -1. Reads at most {@link #MAX_TAG} characters
     * back from the paragraph end and forward from the tag start.
     */
    static int openTagEnd(String text, Span para) {
        int lt = -1;
        for (int i = para.end() - 1; i >= para.start() && para.end() - i <= MAX_TAG; i--) {
            char c = text.charAt(i);
            if (c == '>') {
                return -1;
            }
            if (c == '<') {
                lt = i;
                break;
            }
        }
        if (lt < 0) {
            return -1;
        }
        int gt = skipTag(text, lt, text.length());
        return gt >= para.end() ? gt : -1;
    }

    /** End of a markup tag starting at {@code i} (the '>' offset), or {@code i} when it is not a tag. */
    static int skipTag(String text, int i, int end) {
        if (i + 1 >= end) {
            return i;
        }
        char n = text.charAt(i + 1);
        if (!(Character.isLetter(n) || n == '/')) {
            return i;
        }
        int limit = Math.min(end, i + MAX_TAG);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '>') {
                return j;
            }
            if (c == '<') {
                return i;
            }
        }
        return i;
    }

    /**
     * A straight mark opening the value of a markup attribute ({@code author="…"}, also in a tag too long to
     * be skipped as one): right after '=' (one space allowed).
     */
    static boolean attributeValue(String text, int i, Span para) {
        int b = i - 1;
        if (b > para.start() && text.charAt(b) == ' ') {
            b--;
        }
        return b >= para.start() && text.charAt(b) == '=';
    }

    /** The closing mark of an attribute value opened at {@code i}, or {@code i} when the paragraph has none. */
    static int valueEnd(String text, int i, Span para) {
        for (int k = i + 1; k < para.end(); k++) {
            if (text.charAt(k) == '"') {
                return k;
            }
        }
        return i;
    }
}
