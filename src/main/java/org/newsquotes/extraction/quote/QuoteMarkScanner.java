package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Finds double-quoted passages with a single linear pass per paragraph. Opening marks: “ „ « and the straight
 * {@code "}, and two straight apostrophes {@code ''} as printed by some archives (closed by {@code ''} only);
 * closing marks: ” » “ (after „) and {@code "}. Single quotes (‘ ’ ') are never marks here, so
 * nested quotes (“… NATO’s ‘open door’ policy,”) and apostrophes stay inside their double-quoted passage.
 * Text inside markup tags ({@code <tweet author="...">}) is skipped, also when a tag's attributes run over a
 * line break (the next paragraph then starts after the tag's '>'); a straight mark right after '=' opens an
 * attribute value, not a quotation, also in a tag too long to skip ({@code <tweet author=" …">}). A straight
 * mark right after a word with a space after it ({@code systems" including}) can only close: with nothing
 * open it is ignored rather than pairing with the next mark.
 *
 * <p>Multi-paragraph quotes: a paragraph that leaves a mark unclosed (at its start, or after a lead-in:
 * {@code Smith said: "…}), followed by a paragraph that opens with the same kind of mark (straight after
 * straight, typographic after typographic), is a run-on piece ({@link MarkedQuote#runsOn()}). Any other
 * unclosed mark is dropped at the paragraph end, so unbalanced marks never swallow the rest of the article,
 * unless a single closing mark stands in for the double one (“Let’s go.’ Then …); the same holds for a
 * passage cut short by a second opening mark.
 * A second opening curly mark while one is open restarts the passage (the first was unbalanced), except that
 * a “…” pair inside a straight-quoted passage that a straight mark closes later in the paragraph is nested in
 * it ("… comes across as “too loud.”").
 */
public final class QuoteMarkScanner {

    private static final int MAX_TAG = 400;
    /** The opener recorded for a '' mark. */
    private static final char APOSTROPHES = '\'';
    private static final int MAX_SIGNATURE = 120;

    /** Marked passages of the whole text, in text order. */
    public List<MarkedQuote> scan(TextIndex index) {
        String text = index.text();
        List<MarkedQuote> out = new ArrayList<>();
        List<Span> paragraphs = index.paragraphs();
        boolean continued = false;
        int tagEnd = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span full = paragraphs.get(p);
            if (tagEnd >= full.end() - 1) {
                continued = false;
                continue;
            }
            Span para = tagEnd >= full.start() ? new Span(tagEnd + 1, full.end()) : full;
            tagEnd = openTagEnd(text, para);
            Span next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            boolean nextOpens = next != null && tagEnd < next.start() && (isOpener(text.charAt(next.start()))
                    || doubledApostrophe(text, next.start(), next.end()));
            char nextMark = nextOpens ? text.charAt(next.start()) : 0;
            continued = scanParagraph(text, para, continued, nextMark, next != null && signs(text, para, next), out);
        }
        return out;
    }

    /**
     * The offset of the '>' closing a markup tag that opens in {@code para} and ends after it (attributes
     * over a line break: {@code <tweet date="May 1,\n">}), or -1. Reads at most {@link #MAX_TAG} characters
     * back from the paragraph end and forward from the tag start.
     */
    private static int openTagEnd(String text, Span para) {
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

    /** Scans one paragraph; returns whether it ends inside a quote that runs on into the next one. */
    private boolean scanParagraph(String text, Span para, boolean continued, char nextMark,
                                  boolean signedBelow, List<MarkedQuote> out) {
        int openAt = -1;
        char opener = 0;
        int lastClose = lastClosingMark(text, para);
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            if (doubledApostrophe(text, i, para.end())) {
                if (openAt < 0) {
                    openAt = i;
                    opener = APOSTROPHES;
                } else if (opener == APOSTROPHES) {
                    add(text, openAt, i + 1, 2, true, false, continued && openAt == para.start(), out);
                    openAt = -1;
                }
                i++;
            } else if (c == '<') {
                i = skipTag(text, i, Math.min(text.length(), para.end() + MAX_TAG));
            } else if (openAt < 0 && c == '"' && attributeValue(text, i, para)) {
                i = valueEnd(text, i, para);
            } else if (openAt < 0) {
                if (isOpener(c) && !(c == '"' && strayCloser(text, i, para))
                        || c == '”' && looksOpening(text, i, para, lastClose)) {
                    openAt = i;
                    opener = c;
                }
            } else if (closes(opener, c) || c == '“' && opener == '“' && looksClosing(text, i, para)) {
                add(text, openAt, i, 1, true, false, continued && openAt == para.start(), out);
                openAt = -1;
            } else if (c == '“' && opener == '"' && i > openAt + 1 && nestedEnd(text, i, para, lastClose) > i) {
                i = nestedEnd(text, i, para, lastClose);
            } else if ((c == '“' || c == '«' || c == '„') && opener != '„') {
                addSingleClosed(text, openAt, opener, i, continued && openAt == para.start(), out);
                openAt = i;
                opener = c;
            }
        }
        int width = opener == APOSTROPHES ? 2 : 1;
        if (openAt >= 0 && nextMark != 0 && sameStyle(opener, nextMark)) {
            add(text, openAt, para.end(), width, false, true, continued, out);
            return true;
        }
        if (openAt == para.start() && signedBelow) {
            add(text, openAt, para.end(), width, false, false, continued, out);
        } else if (openAt >= 0) {
            addSingleClosed(text, openAt, opener, para.end(), continued && openAt == para.start(), out);
        }
        return false;
    }

    /** Adds the passage a double mark opened at {@code openAt} when a single mark closes it before {@code end}. */
    private static void addSingleClosed(String text, int openAt, char opener, int end, boolean continued,
                                        List<MarkedQuote> out) {
        int close = opener == APOSTROPHES ? -1 : singleClose(text, openAt + 1, end);
        if (close > 0) {
            add(text, openAt, close, 1, true, false, continued, out);
        }
    }

    /**
     * For a double mark left open at the paragraph end, a single closing mark typed in its place: the first ’
     * or ' right after sentence punctuation and before a space (“Let’s go.’ Then …), with no opening single
     * mark (‘ or a ' after a space) before it that it could close instead; -1 if none. Apostrophes inside
     * words ("Let’s", "voters’ ") never match.
     */
    private static int singleClose(String text, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == '‘' || c == '\'' && Character.isWhitespace(text.charAt(k - 1))) {
                return -1;
            }
            if ((c == '’' || c == '\'') && ".,!?".indexOf(text.charAt(k - 1)) >= 0
                    && (k + 1 >= end || Character.isWhitespace(text.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Adds the passage opened at {@code open} by a mark {@code width} characters wide and closed by the mark
     * ending at {@code close} (its last character; the paragraph end when unclosed).
     */
    private static void add(String text, int open, int close, int width, boolean closed, boolean runsOn,
                            boolean continued, List<MarkedQuote> out) {
        int s = open + width;
        int e = closed ? close + 1 - width : close;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new MarkedQuote(new Span(s, e), open, close, closed, runsOn, continued));
        }
    }

    /**
     * A signature line closing the quote above it: the next line follows a single line break, is short,
     * has no mark but a closing one at its end ("Jane Doe, Some Institute.\"").
     */
    private static boolean signs(String text, Span para, Span next) {
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

    /**
     * A closing mark where no quote is open, typed for an opening one: ”word (space before, letter after), or
     * at the paragraph start or after a lead-in comma or colon (He says,” there …”) when a closing mark
     * follows later in the paragraph ({@code lastClose}) and a word comes right after it (one space or an
     * ellipsis allowed).
     */
    private static boolean looksOpening(String text, int i, Span para, int lastClose) {
        int b = i - 1;
        while (b >= para.start() && Character.getType(text.charAt(b)) == Character.FORMAT) {
            b--;
        }
        boolean spaceBefore = b < para.start() || Character.isWhitespace(text.charAt(b));
        if (spaceBefore && i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1))) {
            return true;
        }
        boolean leadIn = b < para.start() || text.charAt(b) == ',' || text.charAt(b) == ':';
        return leadIn && i < lastClose && wordFollows(text, i + 1, lastClose);
    }

    /**
     * A straight mark opening the value of a markup attribute ({@code author="…"}, also in a tag too long to
     * be skipped as one): right after '=' (one space allowed).
     */
    private static boolean attributeValue(String text, int i, Span para) {
        int b = i - 1;
        if (b > para.start() && text.charAt(b) == ' ') {
            b--;
        }
        return b >= para.start() && text.charAt(b) == '=';
    }

    /**
     * For “ inside a passage opened by a straight mark: the offset of its ” when the paragraph's last closing
     * mark ({@code lastClose}) is a straight one after it (a quotation nested in a straight-quoted one:
     * "… comes across as “too loud.”"), else -1. Reads only up to the next mark.
     */
    private static int nestedEnd(String text, int i, Span para, int lastClose) {
        if (lastClose < 0 || text.charAt(lastClose) != '"') {
            return -1;
        }
        for (int k = i + 1; k < lastClose; k++) {
            char c = text.charAt(k);
            if (c == '”') {
                return k;
            }
            if (c == '"' || c == '“') {
                return -1;
            }
        }
        return -1;
    }

    /** The closing mark of an attribute value opened at {@code i}, or {@code i} when the paragraph has none. */
    private static int valueEnd(String text, int i, Span para) {
        for (int k = i + 1; k < para.end(); k++) {
            if (text.charAt(k) == '"') {
                return k;
            }
        }
        return i;
    }

    /**
     * A straight mark that can only close: right after a word or sentence punctuation, with a space or the
     * paragraph end after it ({@code systems" including}). With no passage open, it opens none either.
     */
    private static boolean strayCloser(String text, int i, Span para) {
        if (i == para.start()) {
            return false;
        }
        char b = text.charAt(i - 1);
        boolean after = Character.isLetterOrDigit(b) || ".,!?".indexOf(b) >= 0;
        return after && (i + 1 >= para.end() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** A letter or digit at {@code k}, after at most one space and one ellipsis, before {@code end}. */
    private static boolean wordFollows(String text, int k, int end) {
        if (k < end && text.charAt(k) == ' ') {
            k++;
        }
        if (k < end && text.charAt(k) == '…') {
            k++;
            if (k < end && text.charAt(k) == ' ') {
                k++;
            }
        }
        return k < end && Character.isLetterOrDigit(text.charAt(k));
    }

    /** Offset of the last ” or " of the paragraph, or -1. */
    private static int lastClosingMark(String text, Span para) {
        for (int i = para.end() - 1; i >= para.start(); i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** A mark typed the wrong way round: word.“ (text before, space, punctuation or the end after). */
    private static boolean looksClosing(String text, int i, Span para) {
        boolean textBefore = i > para.start() && !Character.isWhitespace(text.charAt(i - 1));
        return textBefore && (i + 1 >= para.end() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /** Two straight apostrophes used as a double quotation mark, as some archives print it: ''Yes,'' he said. */
    private static boolean doubledApostrophe(String text, int i, int end) {
        return text.charAt(i) == '\'' && i + 1 < end && text.charAt(i + 1) == '\''
                && (i + 2 >= end || text.charAt(i + 2) != '\'');
    }

    /** A run-on quote reopens with the same kind of mark: straight after straight, typographic after typographic. */
    private static boolean sameStyle(char opener, char next) {
        boolean straight = opener == '"' || opener == APOSTROPHES;
        return straight == (next == '"' || next == '\'');
    }

    static boolean isOpener(char c) {
        return c == '“' || c == '"' || c == '„' || c == '«';
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '«' -> c == '»';
            case '”' -> c == '”' || c == '"';
            case '„' -> c == '“' || c == '”' || c == '"';
            default -> c == '”' || c == '"';
        };
    }

    /** End of a markup tag starting at {@code i} (the '>' offset), or {@code i} when it is not a tag. */
    private static int skipTag(String text, int i, int end) {
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
}
