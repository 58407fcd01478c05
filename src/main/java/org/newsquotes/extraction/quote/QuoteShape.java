package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Decides whether a marked passage is a DIRECT quote (the quotation is the statement: it starts its
 * sentence or follows a lead-in colon/comma, or is a paragraph of a multi-paragraph quote) or a PARTIAL one (a fragment inside
 * the reporter's sentence), and whether it looks like a title ("Hannity", "Make America Great Again": every
 * word capitalised, short, not a sentence).
 */
public final class QuoteShape {

    /** Lower-case words of four letters or more that titles leave uncapitalised ("Contract with America"). */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("with", "from", "into", "over", "upon",
            "onto", "than");

    /** Most words of a title-like passage with a subtitle ("Harbour Lights: A History of the Ferries"). */
    private static final int MAX_SUBTITLED = 15;

    private QuoteShape() {
    }

    /** DIRECT or PARTIAL for quote {@code q} with its attribution (may be null). */
    public static QuoteType type(MarkedQuote q, TextIndex index, Attribution a) {
        if (q.continued() || q.runsOn() && opensParagraph(q, index)) {
            return QuoteType.DIRECT;
        }
        if (!Character.isUpperCase(firstLetter(q, index))) {
            return QuoteType.PARTIAL;
        }
        return a != null && a.rule() == Attribution.Rule.LEAD_IN || startsSentence(q, index) ? QuoteType.DIRECT
                : QuoteType.PARTIAL;
    }

    private static boolean opensParagraph(MarkedQuote q, TextIndex index) {
        int pi = index.paragraphIndex(q.open());
        return pi >= 0 && index.paragraph(pi).start() == q.open();
    }

    /** Nothing but spaces, a dash or the end of another quote between the sentence start and the mark. */
    static boolean startsSentence(MarkedQuote q, TextIndex index) {
        String text = index.text();
        int si = index.sentenceIndex(q.open());
        int start = si < 0 ? 0 : index.sentence(si).start();
        for (int i = q.open() - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (c == ':' || c == '”' || c == '"') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '—' && c != '-' && c != '(') {
                return false;
            }
        }
        return true;
    }

    /** Number of words inside the marks. */
    public static int words(MarkedQuote q, String text) {
        int n = 0;
        boolean in = false;
        for (int i = q.inner().start(); i < q.inner().end(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /**
     * Every word starts with a capital (or is a short function word), there are at most six words (fifteen
     * for a title with a subtitle after a colon), and a passage of three words or more starts with a capital or digit ("on the up and up" is not a title; a
     * lone "no" or "he" still counts as one).
     */
    public static boolean looksLikeTitle(MarkedQuote q, String text) {
        int words = 0;
        boolean lowerFirst = false;
        int i = q.inner().start();
        int end = q.inner().end();
        while (i < end) {
            while (i < end && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (s >= end) {
                break;
            }
            words++;
            String w = text.substring(s, i);
            boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
            if (!capital && w.length() > 3 && !TITLE_WORDS.contains(w)) {
                return false;
            }
            lowerFirst |= words == 1 && !capital;
        }
        return words > 0 && (words <= 6 || words <= MAX_SUBTITLED && subtitled(q, text)) && !(lowerFirst && words >= 3);
    }

    /**
     * A title with a subtitle ("Crippled Harbour: How the Ferries Failed"): one colon inside the marks, with
     * a capitalised word before it and right after it.
     */
    private static boolean subtitled(MarkedQuote q, String text) {
        String inner = q.inner().of(text);
        int colon = inner.indexOf(':');
        if (colon < 1 || colon != inner.lastIndexOf(':') || colon + 2 >= inner.length()
                || inner.charAt(colon + 1) != ' ') {
            return false;
        }
        char first = inner.charAt(colon + 2);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && Character.isUpperCase(inner.charAt(0));
    }

    private static char firstLetter(MarkedQuote q, TextIndex index) {
        String text = index.text();
        for (int i = q.inner().start(); i < q.inner().end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return Character.isDigit(text.charAt(i)) ? 'A' : text.charAt(i);
            }
        }
        return 'a';
    }
}
