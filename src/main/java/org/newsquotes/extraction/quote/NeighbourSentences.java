package org.newsquotes.extraction.quote;

import java.util.List;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Token;

/**
 * Reads a quote's attribution from the sentences around it when its own sentence has none: "“…” Smith said."
 * (a short attribution-only sentence right after, in the same paragraph), "Smith said …. “…”" (the sentence
 * before, same paragraph), "He told his audience:" ending the paragraph before, and "Smith said that … ."
 * ending the paragraph before one that opens with an unattributed quote. Immutable; the sentence attributions
 * are passed in ({@link SentenceSources}). Reads one neighbouring sentence or paragraph end. Limits: an
 * attribution sentence after the quote may run on at most {@link #NEXT_SENTENCE_TAIL} tokens past its verb
 * (unless the quote ended in "?" or "!").
 */
final class NeighbourSentences {

    private static final int NEXT_SENTENCE_TAIL = 6;
    /** Words after the verb that open a circumstance of the saying, not its content. */
    private static final java.util.Set<String> CIRCUMSTANCE = java.util.Set.of("of", "in", "at", "on", "during",
            "after", "about", "while", "as", "when", "from", "before");

    private final TextIndex index;
    private final ArticleTokens tokens;
    private final QuoteWindow window;
    private final TrailingSource trailing;
    private final SourcePhrase phrases;

    NeighbourSentences(TextIndex index, ArticleTokens tokens, QuoteWindow window, TrailingSource trailing,
            SourcePhrase phrases) {
        this.index = index;
        this.tokens = tokens;
        this.window = window;
        this.trailing = trailing;
        this.phrases = phrases;
    }

    /** "“…” Smith said." where the attribution is a sentence of its own. */
    Attribution next(MarkedQuote q) {
        int si = index.sentenceIndex(q.close());
        if (si < 0 || si + 1 >= index.sentences().size()) {
            return null;
        }
        Span next = index.sentence(si + 1);
        int pi = index.paragraphIndex(q.close());
        if (pi < 0 || !index.paragraph(pi).contains(next)) {
            return null;
        }
        List<Token> w = window.collect(next.start(), next.end());
        Attribution named = QuoteNounSource.of(w, phrases);
        if (named != null) {
            return named;
        }
        Attribution a = trailing.of(w);
        if (a == null && window.endsInSpeech(q)) {
            a = UnlistedCue.after(w, phrases, index.text());
        }
        if (a == null) {
            return null;
        }
        int tail = tokens.firstAtOrAfter(a.cue().end());
        int last = tokens.firstAtOrAfter(next.end());
        return last - tail <= NEXT_SENTENCE_TAIL || exclaims(q, next) || circumstance(tail, last)
                ? new Attribution(a.cue(), a.source(), Attribution.Rule.NEXT_SENTENCE) : null;
    }

    /**
     * "Smith said …. “…”" (the sentence before, same paragraph) or "He told his audience:" ending the
     * paragraph before one that opens with the quote.
     */
    Attribution previous(MarkedQuote q, SentenceSources sources) {
        int si = index.sentenceIndex(q.open());
        int pi = index.paragraphIndex(q.open());
        if (si < 1 || pi < 0 || !QuoteShape.startsSentence(q, index)) {
            return null;
        }
        Span prev = index.sentence(si - 1);
        boolean samePara = index.paragraph(pi).contains(prev);
        boolean colonLead = !samePara && pi > 0 && index.paragraph(pi - 1).contains(prev)
                && index.text().charAt(prev.end() - 1) == ':';
        Attribution a = samePara || colonLead ? sources.of(si - 1) : null;
        return a == null ? null : new Attribution(a.cue(), a.source(), Attribution.Rule.PREVIOUS_SENTENCE);
    }

    /**
     * "Lee argued that the law was crippled. It is a “…”": a fragment inside a sentence that has no source
     * of its own takes the reporting verb's source of the sentence right before it in the same paragraph (a
     * subject-less clause there carries on the report). Only a reporting-verb attribution is passed on, not a
     * borrowed subject.
     */
    Attribution previousInside(MarkedQuote q, SentenceSources sources) {
        int si = index.sentenceIndex(q.open());
        int pi = index.paragraphIndex(q.open());
        if (si < 1 || pi < 0 || QuoteShape.startsSentence(q, index)
                || !index.paragraph(pi).contains(index.sentence(si - 1))) {
            return null;
        }
        Attribution a = sources.of(si - 1);
        return a == null || a.cue() == null || a.rule() != Attribution.Rule.IN_SENTENCE ? null
                : new Attribution(a.cue(), a.source(), Attribution.Rule.PREVIOUS_SENTENCE);
    }

    /**
     * "Smith said that … ." ending one paragraph, then a paragraph that opens with a quote and has no
     * attribution of its own: the quote is Smith's. Reads only the quote's paragraph and the last sentence of
     * the one before.
     */
    Attribution previousParagraph(MarkedQuote q, SentenceSources sources) {
        int pi = index.paragraphIndex(q.open());
        if (pi < 1 || q.runsOn() || q.continued() || index.paragraph(pi).start() != q.open()) {
            return null;
        }
        Span para = index.paragraph(pi);
        for (int si = index.sentenceIndex(q.open()); si >= 0 && si < index.sentences().size()
                && index.sentence(si).start() < para.end(); si++) {
            if (sources.of(si) != null) {
                return null;
            }
        }
        Span prev = index.paragraph(pi - 1);
        Attribution a = sources.of(index.sentenceIndex(Math.max(prev.start(), prev.end() - 1)));
        return a == null || a.cue() == null ? null
                : new Attribution(a.cue(), a.source(), Attribution.Rule.PREVIOUS_SENTENCE);
    }

    /**
     * "“…” Jo Lee said of the encounter she had last week with the mayor at a rally.": the verb is followed by a
     * preposition or "as"/"when"/"while", so what runs on says where or how it was said, not what (unlike
     * "Lee said the vote …", a sentence of its own).
     */
    private boolean circumstance(int tail, int last) {
        return tail < last && CIRCUMSTANCE.contains(tokens.get(tail).norm());
    }

    /**
     * "“Why not?” Jo Lee said of the long plan in the spring." : a question or exclamation mark ends the
     * sentence inside the quote, so the next sentence, begun on the same line, is its attribution however long
     * it runs on after the verb (after a full stop, "“We won.” Lee said the vote …" is a sentence of its own).
     */
    private boolean exclaims(MarkedQuote q, Span next) {
        String text = index.text();
        int i = q.close() - 1;
        if (i < 0 || text.charAt(i) != '?' && text.charAt(i) != '!') {
            return false;
        }
        for (int k = q.close() + 1; k < next.start(); k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }
}
