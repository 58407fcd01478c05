package org.newsquotes.extraction.eval;

import java.util.List;
import java.util.Locale;

/**
 * Whether confidence means something: the share of predicted direct/partial quotes that are right above
 * and at-or-below a threshold (0.8). "Right" means the span matches a gold attribution and, when that gold
 * attribution has a (resolved) named speaker, the predicted speaker holds its surname.
 */
final class ConfidenceReport {

    private static final double THRESHOLD = 0.8;
    private int high;
    private int highRight;
    private int low;
    private int lowRight;

    void add(List<GoldQuote> gold, List<PredQuote> pred) {
        List<GoldQuote> sorted = new java.util.ArrayList<>(gold);
        sorted.sort(java.util.Comparator.comparingInt(GoldQuote::start));
        String[] names = Scorer.resolvedNames(sorted);
        for (PredQuote p : pred) {
            if (p.indirect()) {
                continue;
            }
            boolean right = false;
            for (int i = 0; i < sorted.size() && !right; i++) {
                if (Scorer.inside(p.start(), p.end(), sorted.get(i))) {
                    right = names[i] == null || Scorer.speakerHit(names[i], List.of(p));
                }
            }
            if (p.confidence() > THRESHOLD) {
                high++;
                highRight += right ? 1 : 0;
            } else {
                low++;
                lowRight += right ? 1 : 0;
            }
        }
    }

    String report() {
        return String.format(Locale.ROOT, "confidence>0.8: %d quotes, %.3f right; confidence<=0.8: %d quotes, "
                + "%.3f right%n", high, high == 0 ? 0.0 : (double) highRight / high, low,
                low == 0 ? 0.0 : (double) lowRight / low);
    }
}
