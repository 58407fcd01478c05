package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * All tokens of an article (tokenized paragraph by paragraph) with, for each token, the index of the marked
 * quote it lies in (marks included) or -1. Offsets map to tokens by binary search. Built in linear time.
 */
public final class ArticleTokens {

    private final List<Token> tokens;
    private final int[] quoteOf;
    private final int[] starts;

    public ArticleTokens(TextIndex index, List<MarkedQuote> quotes, boolean spun) {
        List<Token> all = new ArrayList<>();
        for (Span p : index.paragraphs()) {
            all.addAll(Tokenizer.tokenize(index.text(), p.start(), p.end(), spun));
        }
        this.tokens = List.copyOf(all);
        this.quoteOf = new int[tokens.size()];
        this.starts = new int[tokens.size()];
        int q = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            starts[i] = t.start();
            while (q < quotes.size() && quotes.get(q).close() < t.start()) {
                q++;
            }
            quoteOf[i] = q < quotes.size() && quotes.get(q).open() <= t.start() ? q : -1;
        }
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The quote index of token {@code i}, or -1 when it is outside every marked quote. */
    public int quoteOf(int i) {
        return quoteOf[i];
    }

    /** Index of the first token starting at or after {@code offset} ({@link #size()} if none). */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
