package org.newsquotes.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.extraction.clean.ArticleCleaner;
import org.newsquotes.extraction.clean.SpunText;
import org.newsquotes.extraction.date.QuoteDateResolver;
import org.newsquotes.extraction.quote.Attribution;
import org.newsquotes.extraction.quote.CarriedFragments;
import org.newsquotes.extraction.quote.Confidence;
import org.newsquotes.extraction.quote.DirectQuoteDetector;
import org.newsquotes.extraction.quote.Finding;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;
import org.newsquotes.extraction.speaker.Discourse;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.speaker.MentionParser;
import org.newsquotes.extraction.speaker.SourceShape;
import org.newsquotes.extraction.speaker.SpeakerResolver;
import org.newsquotes.extraction.speaker.WrittenRoles;
import org.newsquotes.extraction.text.TextIndex;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * The whole extraction pipeline: clean the input, find direct and partial quotations (quote marks and their
 * attributions) and indirect ones (reported speech, given the spans already taken), then resolve speakers in
 * text order through the sieve chain, carry roles to later quotes of the same person, fold reported clauses
 * into the partial quotes that carry them ({@link MixedQuotes}), resolve dates and score confidence.
 * Immutable and thread-safe: one instance serves all threads; per-article state lives in local objects.
 * Linear in the article length.
 */
public final class QuoteExtractor {

    /** How far the stored context and the date scan reach around a quote and its cue, in characters. */
    static final int CONTEXT_RADIUS = 600;
    /** How far the date scan reaches around the cue (or, without a cue, the quote): "said Tuesday". */
    static final int DATE_RADIUS = 160;

    private final ArticleCleaner cleaner = new ArticleCleaner();
    private final IndirectQuoteDetector indirect = new IndirectQuoteDetector();
    private final QuoteDateResolver dates = new QuoteDateResolver();
    private final SpeakerResolver resolver = new SpeakerResolver();

    /** Extracts every quotation from one article. */
    public Extraction extract(ArticleInput input) {
        CleanedArticle article = cleaner.clean(input);
        String text = article.text() == null ? "" : article.text();
        TextIndex index = new TextIndex(text);
        DirectQuoteDetector direct = new DirectQuoteDetector(index, article.spun());
        DirectQuoteDetector.Detection detection = direct.detectAll();
        List<Finding> findings = new ArrayList<>(detection.findings());
        List<Span> taken = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            taken.add(f.content());
        }
        List<QuoteCandidate> readings = indirect.detect(article, List.copyOf(taken), index.sentences());
        findings.addAll(CarriedFragments.carried(detection.held(), readings));
        int directCount = findings.size();
        List<Double> indirectScores = new ArrayList<>();
        List<Span> carriedBy = new ArrayList<>();
        for (QuoteCandidate c : readings) {
            findings.add(fromIndirect(c, text, index, article.spun()));
            indirectScores.add(c.score());
            carriedBy.add(c.carriedBy());
        }
        Discourse discourse = new Discourse(text, direct.tokens().tokens());
        WrittenRoles written = new WrittenRoles(text, direct.tokens().tokens());
        Speaker[] speakers = resolveSpeakers(findings, direct.sentenceSources().all(), discourse);
        int[] carrier = MixedQuotes.carriers(findings, directCount, carriedBy);
        MixedQuotes.handOff(findings, carrier, speakers);
        MixedQuotes.widen(findings, directCount, carrier, carriedBy);
        List<Quote> quotes = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            double score = i < directCount ? Double.NaN : indirectScores.get(i - directCount);
            quotes.add(build(findings.get(i), score, speakers[i], discourse, written, article, text));
        }
        quotes.sort(Comparator.comparing(Quote::span));
        return new Extraction(article, quotes);
    }

    /** Resolves sources in order of where they are written; continuations take their neighbour's speaker. */
    private Speaker[] resolveSpeakers(List<Finding> findings, List<Attribution> others, Discourse discourse) {
        int n = findings.size();
        Speaker[] out = new Speaker[n];
        Map<Span, Speaker> byMention = new HashMap<>();
        for (int i : writtenOrder(findings, others)) {
            Mention m = i < n ? findings.get(i).source() : others.get(i - n).source();
            if (m != null) {
                Speaker known = byMention.get(m.span());
                Speaker s = known != null ? known : resolver.resolve(m, discourse);
                byMention.put(m.span(), s);
                if (i < n) {
                    out[i] = s;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] = inherited(findings, out, i);
        }
        ReportedFragments.attribute(findings, out);
        return out;
    }

    /**
     * Indices of findings (0 .. n-1) then other attributions (n ..) sorted by where their source (a finding
     * without one: its content) starts, ties in index order: a stable sort of packed (offset, index) longs.
     */
    private static int[] writtenOrder(List<Finding> findings, List<Attribution> others) {
        int n = findings.size();
        long[] keys = new long[n + others.size()];
        for (int i = 0; i < keys.length; i++) {
            int at = i < n ? anchor(findings.get(i)) : others.get(i - n).source().span().start();
            keys[i] = (long) at << 32 | i;
        }
        java.util.Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    private static Speaker inherited(List<Finding> findings, Speaker[] out, int i) {
        int k = i;
        for (int hops = 0; hops < 4 && out[k] == null && findings.get(k).inheritFrom() >= 0; hops++) {
            k = findings.get(k).inheritFrom();
        }
        Speaker s = out[k];
        if (s == null || k == i) {
            return s;
        }
        return new Speaker(s.name(), s.kind(), null, null);
    }

    private static int anchor(Finding f) {
        return f.source() != null ? f.source().span().start() : f.content().start();
    }

    /** {@code indirectScore}: the measured precision of an indirect reading, NaN for a direct finding. */
    private Quote build(Finding f, double indirectScore, Speaker speaker, Discourse discourse, WrittenRoles written,
                        CleanedArticle article, String text) {
        String quoteText = f.content().of(text);
        String normalized = article.spun() ? SpunText.normalizeText(quoteText) : null;
        String role = null;
        if (speaker != null && speaker.name() != null && speaker.kind() == SpeakerKind.PERSON) {
            role = discourse.roleOf(speaker.name());
            role = role != null ? role : written.roleOf(speaker.name());
        } else if (f.source() != null && f.source().kind() != SpeakerKind.PERSON) {
            role = f.source().role();
        }
        if (role != null && article.spun()) {
            role = SpunText.normalizeText(role);
        }
        Speaker named = speaker != null && speaker.name() == null ? null : speaker;
        String cue = f.cue() == null ? null : f.cue().of(text);
        Span dateScope = around(f.context(), f.cue() == null ? f.content() : f.cue(), DATE_RADIUS);
        QuoteDate date = dates.resolve(text, dateScope, f.cue(), f.content(), article.publishedAt());
        return new Quote(quoteText, normalized, f.type(), f.content(), named, role, cue, f.cue(), date,
                around(f.context(), f.content(), CONTEXT_RADIUS).of(text), Double.isNaN(indirectScore)
                ? Confidence.of(f, named) : Confidence.ofIndirect(indirectScore, named));
    }

    /**
     * The part of {@code context} (a sentence or paragraph) within {@code radius} characters of
     * {@code anchor}, always covering the anchor. Bounds the context string and the date scan of each quote,
     * so that many quotes in one endless sentence cost linear time and memory, not quadratic.
     */
    static Span around(Span context, Span anchor, int radius) {
        int start = Math.max(context.start(), anchor.start() - radius);
        int end = Math.min(context.end(), anchor.end() + radius);
        return new Span(Math.min(start, anchor.start()), Math.max(end, anchor.end()));
    }

    private static Finding fromIndirect(QuoteCandidate c, String text, TextIndex index, boolean spun) {
        Mention m = null;
        if (c.source() != null) {
            List<org.newsquotes.extraction.text.Token> words = SourceShape.head(Tokenizer.tokenize(text,
                    c.source().start(), c.source().end(), spun));
            m = SourceShape.readsAsNounPhrase(words) ? MentionParser.parseApposition(text, words) : null;
        }
        int si = index.sentenceIndex(c.content().start());
        Span context = si < 0 ? c.content() : index.sentence(si);
        if (!context.contains(c.content())) {
            context = new Span(Math.min(context.start(), c.content().start()),
                    Math.max(context.end(), c.content().end()));
        }
        return new Finding(c.content(), c.type(), c.cue(), m, Attribution.Rule.IN_SENTENCE, context, -1, false);
    }
}
