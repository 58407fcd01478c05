package org.newsquotes.extraction.quote.indirect;

/**
 * Where a sentence stands in its article: the title line, the opening of a body paragraph, or inside a
 * paragraph. Only the first two are read as "Name: CONTENT" lines ({@link HeadlineClause}, {@link LabelLine}).
 */
public enum LinePlace {
    TITLE, PARAGRAPH, INSIDE;

    /**
     * The place of a sentence starting at {@code start} in {@code text}: the title when it starts the text,
     * a paragraph opening when only spaces or tabs stand between it and a line break.
     */
    public static LinePlace of(String text, int start) {
        int k = start - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        if (k < 0) {
            return TITLE;
        }
        return text.charAt(k) == '\n' ? PARAGRAPH : INSIDE;
    }
}
