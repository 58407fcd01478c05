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
 * quote takes the reading's cue, and so the date near it, and its named speaker when it has none, and the unquoted
 * lead ("the plan was") is not listed. Limits: a reading whose mark opens no quote the direct detector found
 * stays an indirect quote. Linear in the number of findings.
 */
final class MixedQuotes {

    /** Most characters from an opening mark to the first character of its quote's content ("''x"). */
    static final int MAX_MARK_WIDTH = 3;

    private MixedQuotes() {
    }

    /**
     * For each finding, the index of the partial or direct quote (one of the first {@code directCount}
     * findings) that carries it, or -1; {@code carriedBy.get(i - directCount)} is the opening mark an indirect
     * finding runs into, or null.
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

    private static String name(Speaker s) {
        return s == null ? null : s.name();
    }
}
