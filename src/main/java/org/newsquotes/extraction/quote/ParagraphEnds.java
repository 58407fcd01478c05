package org.newsquotes.extraction.quote;

import static org.newsquotes.extraction.quote.QuoteMarks.isOpener;

import org.newsquotes.extraction.Span;

/**
 * How {@link QuoteMarkScanner} ends a passage at a paragraph's edges: whether a mark left open at the paragraph
 * end still opens a quotation running to that end, whether the text before a second opening mark ends a
 * sentence, and whether the next line is a signature closing the quote above it. Reads only the paragraph (and
 * line) it is given.
 */
final class ParagraphEnds {

    private static final int MAX_SIGNATURE = 120;

    private ParagraphEnds() {
    }

    /** Whether the text between {@code openAt} and the next opening mark at {@code next} ends a sentence. */
    static boolean endsSentence(String text, int openAt, int next) {
        int b = lastNonSpace(text, next, openAt);
        return b < next - 1 && b > openAt && ".?!".indexOf(text.charAt(b)) >= 0;
    }

    /** The offset of the last character before {@code i} that is not a space, stopping at {@code floor}. */
    private static int lastNonSpace(String text, int i, int floor) {
        int b = i - 1;
        while (b > floor && text.charAt(b) == ' ') {
            b--;
        }
        return b;
    }

    /**
     * Whether a mark left open at the paragraph end ({@code nextMark}: the mark the next paragraph opens with, or
     * 0) still opens a quotation that runs to that end: after a lead-in colon or comma ("More from the report:
     * “Today …", "Lee added, “we will …"), at a sentence start ("… said Lee. “Realistically, …"), or at the
     * paragraph start when the next paragraph opens no quotation. A paragraph-start mark followed by a paragraph
     * opening with a mark of the other style belongs to an excerpt whose marks went astray, and a mark inside a
     * sentence ("those who are “somewhat liberal) …") most likely lost a closing mark nearby: neither is taken.
     */
    static boolean opensToEnd(String text, int openAt, Span para, char nextMark) {
        if (openAt == para.start()) {
            return nextMark == 0;
        }
        int b = lastNonSpace(text, openAt, para.start());
        char c = text.charAt(b);
        return b < openAt - 1 && (":,.?!".indexOf(c) >= 0 || c == '”' || c == '"' || c == '\'');
    }

    /**
     * A signature line closing the quote above it: the next line follows a single line break, is short,
     * has no mark but a closing one at its end ("Jane Doe, Some Institute.\"").
     */
    static boolean signs(String text, Span para, Span next) {
        if (next.start() - para.end() != 1 || next.length() > MAX_SIGNATURE) {
            return false;
        }
        int last = next.end() - 1;
        while (last > next.start() && ".,".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        char c = text.charAt(last);
        if (c != '"' && c != '”') {
            return false;
        }
        for (int i = next.start(); i < last; i++) {
            char d = text.charAt(i);
            if (isOpener(d) || d == '”') {
                return false;
            }
        }
        return true;
    }
}
