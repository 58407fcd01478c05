package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * The words an attribution is read from: the tokens outside quotes before a quote's opening mark (back to the
 * start of its sentence) and after its closing mark (to the end of its sentence). A quoted nickname inside a
 * name ("Marcia “Cia” Price") or a short quoted modifier inside an aside ("“Lee” campaign pins") is stepped over
 * after the quote; any other quote ends the window. Immutable; at most {@link #MAX_WINDOW} tokens are read on
 * each side, so one endless sentence stays linear. Limits: the sentence split decides the reach.
 */
final class QuoteWindow {

    /** At most this many tokens are read on each side of a quote, so one endless sentence stays linear. */
    static final int MAX_WINDOW = 80;
    /** Tokens (marks included) of a quoted phrase read as a modifier inside an aside: “Lee” campaign pins. */
    private static final int QUOTED_MODIFIER = 6;

    private final TextIndex index;
    private final ArticleTokens tokens;

    QuoteWindow(TextIndex index, ArticleTokens tokens) {
        this.index = index;
        this.tokens = tokens;
    }

    /** Tokens outside quotes from the closing mark to the end of its sentence. */
    List<Token> after(MarkedQuote q) {
        int si = index.sentenceIndex(q.close());
        int end = si < 0 ? q.close() : index.sentence(si).end();
        return collect(q.close() + 1, end);
    }

    /** Tokens outside quotes from the start of the opening mark's sentence to the mark (other quotes skipped). */
    List<Token> before(MarkedQuote q) {
        int si = index.sentenceIndex(q.open());
        int start = si < 0 ? 0 : index.sentence(si).start();
        int from = tokens.firstAtOrAfter(start);
        int to = tokens.firstAtOrAfter(q.open());
        List<Token> out = new ArrayList<>();
        for (int k = to - 1; k >= from && to - k <= MAX_WINDOW; k--) {
            if (tokens.quoteOf(k) < 0) {
                out.add(tokens.get(k));
            }
        }
        Collections.reverse(out);
        return withoutStrayOpening(out);
    }

    /**
     * A window opening with a mark that opened no quote ("\"Lee tried to laugh it off by interjecting, “…”"):
     * the stray mark is dropped, so the sentence reads as it would without it.
     */
    private static List<Token> withoutStrayOpening(List<Token> w) {
        return !w.isEmpty() && QuoteMarks.isOpener(w.get(0).text().charAt(0)) && w.get(0).text().length() == 1
                ? w.subList(1, w.size()) : w;
    }


    /** "“…,”", "“…?”", "“…!”": the quote ends in the punctuation that leads into an attribution. */
    boolean endsInSpeech(MarkedQuote q) {
        int i = q.close() - 1;
        char c = i >= 0 ? index.text().charAt(i) : ' ';
        return c == ',' || c == '?' || c == '!';
    }

    /** Tokens outside quotes from offset {@code from} up to the first quote (but see the class note) or {@code end}. */
    List<Token> collect(int from, int end) {
        List<Token> out = new ArrayList<>();
        int first = tokens.firstAtOrAfter(from);
        for (int i = first; i < tokens.size() && i - first < MAX_WINDOW; i++) {
            Token t = tokens.get(i);
            if (t.start() < end && tokens.quoteOf(i) >= 0 && !out.isEmpty()) {
                int past = Math.max(pastNickname(i), pastQuotedModifier(i, out.get(out.size() - 1)));
                if (past > i) {
                    i = past - 1;
                    continue;
                }
            }
            if (t.start() >= end || tokens.quoteOf(i) >= 0) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * "Marcia “Cia” Price": a quoted single capitalised word between two capitalised words is a nickname inside
     * a name; the index of the token after it, else {@code i}.
     */
    private int pastNickname(int i) {
        int q = tokens.quoteOf(i);
        int j = i;
        while (j < tokens.size() && tokens.quoteOf(j) == q && j - i < 4) {
            j++;
        }
        if (j - i != 3 || j >= tokens.size() || i < 1) {
            return i;
        }
        Token word = tokens.get(i + 1);
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(j);
        return word.isWord() && word.isCapitalized() && prev.isWord() && prev.isCapitalized()
                && next.isWord() && next.isCapitalized() && tokens.quoteOf(j) < 0 ? j : i;
    }

    /**
     * "Jo Lee, wearing a cowboy hat and “Lee” campaign pins, said": a short quoted phrase between a word and a
     * lower-case word modifies a noun inside an aside; the index of the token after it, else {@code i}.
     */
    private int pastQuotedModifier(int i, Token prev) {
        int q = tokens.quoteOf(i);
        int j = i;
        while (j < tokens.size() && tokens.quoteOf(j) == q && j - i <= QUOTED_MODIFIER) {
            j++;
        }
        if (j - i > QUOTED_MODIFIER || j >= tokens.size() || !prev.isWord() || CueLexicon.isCue(prev)) {
            return i;
        }
        Token next = tokens.get(j);
        return next.isWord() && !next.isCapitalized() && tokens.quoteOf(j) < 0 && !CueLexicon.isCue(next) ? j : i;
    }
}
