package org.newsquotes.extraction;

import java.util.List;
import org.newsquotes.extraction.quote.Finding;

/**
 * Partial quotes inside reported speech take the reported speaker: in "Lee warned that the plan could “sow
 * mistrust” and bring “a cold peace.”" the indirect reading "the plan could" (found by the indirect detector,
 * which stops at the quote marks) names Lee, and the two fragments after it, which have no attribution of
 * their own, are Lee's words (the reading itself, which runs into the first quote, is then widened through
 * that quote: {@link MixedQuotes}). A fragment qualifies when it has no speaker, lies in the same sentence, and
 * follows the reported content with nothing but spaces between, or follows such a fragment with at most a
 * few words between. People, organisations and groups ("leaders of the union") are carried over, never an
 * anonymous source.
 * Limits: no parse, so a fragment that belongs to a second clause with another subject after "and" is
 * still given the reported speaker.
 */
final class ReportedFragments {

    /** Most characters between a reported content (or an attributed fragment) and the next fragment. */
    static final int MAX_GAP = 40;

    private ReportedFragments() {
    }

    /** Fills in {@code speakers[i]} of unattributed partial quotes that continue reported speech. */
    static void attribute(List<Finding> findings, Speaker[] speakers) {
        Integer[] order = new Integer[findings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> findings.get(i).content().start()));
        int previous = -1;
        for (int i : order) {
            Finding f = findings.get(i);
            if (previous >= 0 && speakers[i] == null && f.type() == QuoteType.PARTIAL && f.source() == null
                    && f.inheritFrom() < 0 && !f.titleLike() && follows(findings.get(previous), f)) {
                Speaker s = speakers[previous];
                speakers[i] = new Speaker(s.name(), s.kind(), null, null);
            }
            previous = carries(f, speakers[i]) ? i : -1;
        }
    }

    private static boolean carries(Finding f, Speaker s) {
        return s != null && s.name() != null && f.type() != QuoteType.DIRECT
                && s.kind() != SpeakerKind.ANONYMOUS;
    }

    private static boolean follows(Finding before, Finding f) {
        int gap = f.content().start() - before.content().end();
        return gap >= 0 && gap <= MAX_GAP && before.context().contains(f.content());
    }
}
