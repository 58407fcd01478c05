package org.newsquotes.extraction.quote;

import static org.newsquotes.extraction.quote.QuoteMarks.APOSTROPHES;
import static org.newsquotes.extraction.quote.QuoteMarks.doubledApostrophe;
import static org.newsquotes.extraction.quote.QuoteMarks.isOpener;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Finds double-quoted passages with a single linear pass per paragraph. Opening marks: “ „ « and the straight
 * {@code "}, and two straight apostrophes {@code ''} as printed by some archives (closed by {@code ''} only);
 * closing marks: ” » “ (after „) and {@code "}, and two closing single marks ’’ typed for ” after “. Single
 * quotes (‘ ’ ') are never marks here, so nested quotes (“… NATO’s ‘open door’ policy,”) and apostrophes stay
 * inside their double-quoted passage.
 * Text inside markup tags ({@code <tweet author="...">}) is skipped, also when a tag's attributes run over a
 * line break (the next paragraph then starts after the tag's '>'); a straight mark right after '=' opens an
 * attribute value, not a quotation, also in a tag too long to skip ({@code <tweet author=" …">}). A straight
 * mark right after a word with a space after it ({@code systems" including}) can only close: with nothing
 * open it is ignored rather than pairing with the next mark. A paragraph whose only mark closes it, after a
 * reporting verb and a comma ("she added, Lee is a proven failure.”"), lost its opening mark: the passage
 * starts after the comma.
 *
 * <p>Multi-paragraph quotes: a paragraph that leaves a mark unclosed (at its start, or after a lead-in:
 * {@code Smith said: "…}), followed by a paragraph that opens with the same kind of mark (straight after
 * straight, typographic after typographic), is a run-on piece ({@link MarkedQuote#runsOn()}). Any other
 * unclosed mark ends its passage at the paragraph end at the latest, so unbalanced marks never swallow the rest
 * of the article: a single closing mark may stand in for the double one (“Let’s go.’ Then …; the same holds
 * for a passage cut short by a second opening mark); else the passage runs to the paragraph end (unclosed)
 * when it follows a lead-in or a sentence end or opens a paragraph that no quoted paragraph follows, and is
 * dropped otherwise.
 * A second opening curly mark while one is open restarts the passage (the first was unbalanced; it is kept up
 * to the second mark when a sentence ends there: “… shell-shocked. “And she said …), except that
 * a “…” pair inside a straight-quoted passage that a straight mark closes later in the paragraph is nested in
 * it ("… comes across as “too loud.”"), and so is a “…” pair inside a “-opened passage when one more ” closes
 * that passage later in the paragraph (“… from “cell only” homes …,” Lee wrote.): the speaker's words quote
 * someone else's, as ‘…’ would.
 *
 * <p>Which characters are marks is {@link QuoteMarks}'s business, tags and attribute values
 * {@link MarkupTags}'s, and marks typed the wrong way round {@link MarkDirection}'s; this class pairs them.
 */
public final class QuoteMarkScanner {

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
            tagEnd = MarkupTags.openTagEnd(text, para);
            Span next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
            boolean nextOpens = next != null && tagEnd < next.start() && (isOpener(text.charAt(next.start()))
                    || doubledApostrophe(text, next.start(), next.end()));
            char nextMark = nextOpens ? text.charAt(next.start()) : 0;
            continued = scanParagraph(text, para, continued, nextMark, next != null && ParagraphEnds.signs(text, para, next), out);
        }
        return out;
    }

    /** Scans one paragraph; returns whether it ends inside a quote that runs on into the next one. */
    private boolean scanParagraph(String text, Span para, boolean continued, char nextMark,
                                  boolean signedBelow, List<MarkedQuote> out) {
        int lastClose = MarkDirection.lastClosingMark(text, para);
        int nestLimit = MarkDirection.nestingLimit(text, para, lastClose, nextMark, continued);
        int lead = continued ? -1 : MarkDirection.lostOpening(text, para);
        if (lead >= 0) {
            add(text, lead, lastClose, 1, true, false, false, out);
            return false;
        }
        int openAt = -1;
        char opener = 0;
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
                i = MarkupTags.skipTag(text, i, Math.min(text.length(), para.end() + MarkupTags.MAX_TAG));
            } else if (openAt < 0 && c == '"' && MarkupTags.attributeValue(text, i, para)) {
                i = MarkupTags.valueEnd(text, i, para);
            } else if (openAt < 0) {
                if (isOpener(c) && !(c == '"' && MarkDirection.strayCloser(text, i, para))
                        || c == '”' && MarkDirection.looksOpening(text, i, para, lastClose)) {
                    openAt = i;
                    opener = c;
                }
            } else if (QuoteMarks.closes(opener, c)
                    || c == '“' && opener == '“' && MarkDirection.looksClosing(text, i, para)) {
                add(text, openAt, i, 1, true, false, continued && openAt == para.start(), out);
                openAt = -1;
            } else if (opener == '“' && QuoteMarks.doubledClosingSingle(text, i, para.end())) {
                add(text, openAt, i, 1, true, false, continued && openAt == para.start(), out);
                openAt = -1;
                i++;
            } else if (c == '“' && opener == '"' && i > openAt + 1 && MarkDirection.nestedEnd(text, i, nestLimit) > i) {
                i = MarkDirection.nestedEnd(text, i, nestLimit);
            } else if (c == '“' && opener == '“' && MarkDirection.curlyNestedEnd(text, i, para.end()) > i) {
                i = MarkDirection.curlyNestedEnd(text, i, para.end());
            } else if ((c == '“' || c == '«' || c == '„') && opener != '„') {
                if (!addSingleClosed(text, openAt, opener, i, continued && openAt == para.start(), out)
                        && ParagraphEnds.endsSentence(text, openAt, i)) {
                    add(text, openAt, i, 1, false, false, continued && openAt == para.start(), out);
                }
                openAt = i;
                opener = c;
            }
        }
        int width = opener == APOSTROPHES ? 2 : 1;
        if (openAt >= 0 && nextMark != 0 && QuoteMarks.sameStyle(opener, nextMark)) {
            add(text, openAt, para.end(), width, false, true, continued, out);
            return true;
        }
        if (openAt == para.start() && signedBelow) {
            add(text, openAt, para.end(), width, false, false, continued, out);
        } else if (openAt >= 0 && !addSingleClosed(text, openAt, opener, para.end(),
                continued && openAt == para.start(), out) && ParagraphEnds.opensToEnd(text, openAt, para, nextMark)) {
            add(text, openAt, para.end(), width, false, false, continued && openAt == para.start(), out);
        }
        return false;
    }

    /** Adds the passage a double mark opened at {@code openAt} when a single mark closes it before {@code end}. */
    private static boolean addSingleClosed(String text, int openAt, char opener, int end, boolean continued,
                                        List<MarkedQuote> out) {
        int close = opener == APOSTROPHES ? -1 : MarkDirection.singleClose(text, openAt + 1, end);
        if (close > 0) {
            add(text, openAt, close, 1, true, false, continued, out);
        }
        return close > 0;
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
}
