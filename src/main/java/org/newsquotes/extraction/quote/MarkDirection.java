package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.Span;

/**
 * Reads which way a mark points when its shape says otherwise, from the characters around it: a closing mark
 * typed for an opening one (He says,” there …”), an opening mark typed for a closing one (word.“), a straight
 * mark that can only close ({@code systems" including}), a “…” pair nested in a straight-quoted passage, and
 * a single closing mark standing in for a double one (“Let’s go.’), and an opening mark lost after a lead-in
 * ("she added, Lee is a failure.”"). Each test reads only the paragraph it is given.
 */
final class MarkDirection {

    private MarkDirection() {
    }

    /**
     * A closing mark where no quote is open, typed for an opening one: ”word (space before, letter after), or
     * at the paragraph start or after a lead-in comma or colon (He says,” there …”) when a closing mark
     * follows later in the paragraph ({@code lastClose}) and a word comes right after it (one space or an
     * ellipsis allowed).
     */
    static boolean looksOpening(String text, int i, Span para, int lastClose) {
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

    /** A mark typed the wrong way round: word.“ (text before, space, punctuation or the end after). */
    static boolean looksClosing(String text, int i, Span para) {
        boolean textBefore = i > para.start() && !Character.isWhitespace(text.charAt(i - 1));
        return textBefore && (i + 1 >= para.end() || !Character.isLetterOrDigit(text.charAt(i + 1)));
    }

    /**
     * A straight mark that can only close: right after a word or sentence punctuation, with a space or the
     * paragraph end after it ({@code systems" including}). With no passage open, it opens none either.
     */
    static boolean strayCloser(String text, int i, Span para) {
        if (i == para.start()) {
            return false;
        }
        char b = text.charAt(i - 1);
        boolean after = Character.isLetterOrDigit(b) || ".,!?".indexOf(b) >= 0;
        return after && (i + 1 >= para.end() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /**
     * How far a “…” pair may reach and still nest in a passage opened by a straight mark: the paragraph's last
     * closing mark ({@code lastClose}) when it is a straight one ("… comes across as “too loud.”"); the
     * paragraph end when the passage runs on into a next paragraph opening with a straight mark
     * ({@code nextMark}) and either carries on a run-on passage ({@code continued}) or follows a paragraph
     * ending in a colon ("Lee stated:" ¶ "The law isn’t about “Fair Play” anymore. …" ¶ "…"); else -1.
     * Up to the paragraph end only a title-like pair nests (a name: “Fair Play”); a lower-case one is most
     * often a third person's words inside an excerpt, quoted on its own.
     */
    static int nestingLimit(String text, Span para, int lastClose, char nextMark, boolean continued) {
        if (lastClose >= 0 && text.charAt(lastClose) == '"') {
            return lastClose;
        }
        return nextMark == '"' && (continued || afterColon(text, para.start())) ? para.end() : -1;
    }

    /** Whether the last character before {@code start} that is not white space is a colon. */
    private static boolean afterColon(String text, int start) {
        int b = start - 1;
        while (b >= 0 && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        return b >= 0 && text.charAt(b) == ':';
    }

    /**
     * For “ inside a passage opened by a straight mark: the offset of its ” before {@code limit} (see
     * {@link #nestingLimit}), else -1. Reads only up to the next mark.
     */
    static int nestedEnd(String text, int i, int limit) {
        boolean toStraightMark = limit >= 0 && limit < text.length() && text.charAt(limit) == '"';
        for (int k = i + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '”') {
                return toStraightMark || QuoteShape.looksLikeTitle(new MarkedQuote(new Span(i + 1, k), i, k,
                        true, false, false), text) ? k : -1;
            }
            if (c == '"' || c == '“') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * For a double mark left open at the paragraph end, a single closing mark typed in its place: the first ’
     * or ' right after sentence punctuation and before a space (“Let’s go.’ Then …), with no opening single
     * mark (‘ or a ' after a space) before it that it could close instead; -1 if none. Apostrophes inside
     * words ("Let’s", "voters’ ") never match.
     */
    static int singleClose(String text, int from, int end) {
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

    /** Offset of the last ” or " of the paragraph, or -1. */
    static int lastClosingMark(String text, Span para) {
        for (int i = para.end() - 1; i >= para.start(); i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '"') {
                return i;
            }
        }
        return -1;
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

    /**
     * For a paragraph whose only mark is a closing ” at its end, a lost opening mark after a lead-in: the offset
     * of the space after the last "reporting verb," of that sentence ("Listing them she added, Lee is a proven
     * failure.”"), or -1 when there is none.
     */
    static int lostOpening(String text, Span para) {
        int close = lastClosingMark(text, para);
        if (close < 0 || text.charAt(close) != '”') {
            return -1;
        }
        for (int k = close + 1; k < para.end(); k++) {
            if (".,!? ".indexOf(text.charAt(k)) < 0) {
                return -1;
            }
        }
        for (int k = para.start(); k < close; k++) {
            char c = text.charAt(k);
            if (QuoteMarks.isOpener(c) || c == '”' || c == '»' || QuoteMarks.doubledApostrophe(text, k, close)) {
                return -1;
            }
        }
        for (int k = close - 1; k > para.start() + 1; k--) {
            char c = text.charAt(k);
            if (".?!".indexOf(c) >= 0 && text.charAt(k + 1) == ' ') {
                return -1;
            }
            if (c == ' ' && text.charAt(k - 1) == ',' && CueLexicon.isCue(wordBefore(text, k - 1, para.start()))) {
                return k;
            }
        }
        return -1;
    }

    /** The lower-cased word ending right before {@code end}. */
    private static String wordBefore(String text, int end, int from) {
        int b = end;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.substring(b, end).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * For “ inside a passage a “ opened: the offset of this inner pair's ” when, after it and any further whole
     * inner pairs, one more ” closes the outer passage before {@code end} with no straight mark on the way
     * (“Not all … the “cell only” homes grew.”); else -1. The inner pair is then words the outer speaker quotes,
     * part of one passage, as a ‘…’ pair is. Without that last ” the second “ still restarts the passage (the
     * first was left open).
     */
    static int curlyNestedEnd(String text, int i, int end) {
        int first = -1;
        boolean innerOpen = true;
        for (int k = i + 1; k < end; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '“' && innerOpen) {
                return -1;
            }
            if (c == '“') {
                innerOpen = true;
            } else if (c == '”' && innerOpen) {
                innerOpen = false;
                first = first < 0 ? k : first;
            } else if (c == '”') {
                return first;
            }
        }
        return -1;
    }
}
