package org.newsquotes.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsquotes.extraction.quote.Finding;

/**
 * Mixed quotes: a reported clause that runs straight into a partial quote ("Lee said the plan was “a trap”",
 * see {@link org.newsquotes.extraction.quote.QuoteCandidate#carriedBy}) is one quotation, carried by the
 * partial quote. The clause's reading still takes part in speaker resolution (so its speaker passes to the
 * quote through {@link ReportedFragments}, and the mentions seen before later pronouns stay the same); then the
 * quote takes the reading's cue, and so the date near it, and its named speaker when it has none, and the
 * reading is widened from its unquoted lead ("the plan was") through the quote to the end of its clause ("the
 * plan was “a trap”"): both are listed, the indirect reading as the whole reported clause, the partial quote as
 * the exact quoted words, overlapping. Limits: a reading whose mark opens no quote the direct detector found
 * stays the lead alone. Linear in the number of findings.
 */
final class MixedQuotes {

    /** Most characters from an opening mark to the first character of its quote's content ("''x"). */
    static final int MAX_MARK_WIDTH = 3;

    private MixedQuotes() {
    }

    /**
     * For each finding, the index of the partial or direct quote (one of the first {@code directCount}
     * findings) that carries it, or -1; {@code carriedBy.get(i - directCount)} is the rest of the clause an
     * indirect finding runs into, from the quote's opening mark, or null.
     */
    static int[] carriers(List<Finding> findings, int directCount, List<Span> carriedBy) {
        Map<Integer, Integer> byStart = new HashMap<>();
        for (int i = 0; i < directCount; i++) {
            byStart.putIfAbsent(findings.get(i).content().start(), i);
        }
        int[] out = new int[findings.size()];
        java.util.Arrays.fill(out, -1);
        for (int i = directCount; i < findings.size(); i++) {
            Span mark = carriedBy.get(i - directCount);
            for (int k = 1; mark != null && out[i] < 0 && k <= MAX_MARK_WIDTH; k++) {
                out[i] = byStart.getOrDefault(mark.start() + k, -1);
            }
        }
        return out;
    }

    /**
     * Hands each carried reading's speaker to the quote that carries it when the quote has none, and its cue
     * when the quote has none and both have the same speaker (a quote attributed to someone else keeps its own
     * lack of a cue); the first reading only, when two are carried by one quote. As in
     * {@link ReportedFragments}, an anonymous source is not handed on.
     */
    static void handOff(List<Finding> findings, int[] carrier, Speaker[] speakers) {
        for (int i = 0; i < carrier.length; i++) {
            int q = carrier[i];
            if (q < 0) {
                continue;
            }
            Speaker s = speakers[i];
            if (speakers[q] == null && s != null && s.name() != null && s.kind() != SpeakerKind.ANONYMOUS) {
                speakers[q] = s;
            }
            Finding f = findings.get(q);
            if (f.cue() == null && Objects.equals(name(speakers[q]), name(s))) {
                findings.set(q, new Finding(f.content(), f.type(), findings.get(i).cue(), f.source(), f.rule(),
                        f.context(), f.inheritFrom(), f.titleLike()));
            }
        }
    }

    /**
     * Each carried reading with its content widened from the lead through the rest of its clause
     * ({@code carriedBy}'s end): "Russia was" becomes "Russia was “open to dialogue,”", the reported clause
     * with its quoted words. It overlaps the quote that carries it, which keeps its own exact words.
     */
    static void widen(List<Finding> findings, int directCount, int[] carrier, List<Span> carriedBy) {
        for (int i = directCount; i < findings.size(); i++) {
            Span rest = carriedBy.get(i - directCount);
            Finding f = findings.get(i);
            if (carrier[i] < 0 || rest.end() <= f.content().end()) {
                continue;
            }
            Span content = new Span(f.content().start(), rest.end());
            Span context = new Span(Math.min(f.context().start(), content.start()), Math.max(f.context().end(), content.end()));
            findings.set(i, new Finding(content, f.type(), f.cue(), f.source(), f.rule(), context, f.inheritFrom(),
                    f.titleLike()));
        }
    }

    private static String name(Speaker s) {
        return s == null ? null : s.name();
    }
}
