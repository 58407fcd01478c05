package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.quote.indirect.CueLexicon;
import org.newsquotes.extraction.quote.indirect.LinePlace;
import org.newsquotes.extraction.quote.indirect.QuoteMask;
import org.newsquotes.extraction.quote.indirect.SentenceScanner;
import org.newsquotes.extraction.quote.indirect.Token;
import org.newsquotes.extraction.quote.indirect.Tokenizer;
import org.newsquotes.extraction.text.Sentences;

/**
 * Finds reported speech without quotation marks ("Peskov said Wednesday that Russia saw ...",
 * "..., Greene said.", "according to senior U.S. officials"), sentence by sentence, from a lexicon of
 * cue words mined from the PolNeAR train split (see {@link org.newsquotes.extraction.quote.indirect}).
 * Each candidate's content is the reported clause only (not the source or cue), its source the subject
 * mention as written. Limits: one sentence at a time (content running over several sentences is cut at
 * the first; sentences over {@link #MAX_TOKENS} tokens are read in windows), no parser (cue words used as nouns are filtered by the word before them only).
 * Thread-safe.
 */
public final class IndirectQuoteDetector {

    /**
     * Cue words whose readings were right less often than this on the train split are not tried, and readings
     * scored below it (see {@code Calibration}) are not reported.
     */
    static final double MIN_PRECISION = 0.35;

    /**
     * Sentences longer than this many tokens are read in windows of this size, which keeps the work per
     * token bounded (linear time) on pathological input such as one endless sentence.
     */
    static final int MAX_TOKENS = 200;

    private final SentenceScanner scanner = new SentenceScanner(CueLexicon.defaultLexicon(), MIN_PRECISION);

    /**
     * @param article the cleaned article (its {@code spun} flag says whether to read words through
     *                {@link org.newsquotes.extraction.clean.SpunText})
     * @param taken   spans already claimed by direct and partial quotes; indirect content must not overlap them
     * @return indirect candidates in text order
     */
    public List<QuoteCandidate> detect(CleanedArticle article, List<Span> taken) {
        return detect(article, taken, Sentences.split(article.text()));
    }

    /** As {@link #detect(CleanedArticle, List)}, given the article's {@link Sentences#split} (split once). */
    public List<QuoteCandidate> detect(CleanedArticle article, List<Span> taken, List<Span> sentences) {
        String text = article.text();
        QuoteMask mask = QuoteMask.of(text);
        List<QuoteCandidate> out = new ArrayList<>();
        for (Span sentence : sentences) {
            List<Token> tokens = Tokenizer.tokenize(text, sentence, article.spun());
            for (int from = 0; from < tokens.size(); from += MAX_TOKENS) {
                List<Token> window = tokens.subList(from, Math.min(tokens.size(), from + MAX_TOKENS));
                for (QuoteCandidate c : scanner.scan(window, mask, taken,
                        from == 0 ? LinePlace.of(text, sentence.start()) : LinePlace.INSIDE)) {
                    if (c.score() >= MIN_PRECISION) {
                        out.add(c);
                    }
                }
            }
        }
        out.sort(Comparator.comparing(QuoteCandidate::content));
        return out;
    }
}
