package org.newsquotes.extraction.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Held-back fragments that a reported clause carries: a passage the direct detector held back as a scare quote or
 * an unintroduced title-like fragment ({@link DirectQuoteDetector.Detection#held()}) is a partial quote after all
 * when an indirect reading runs straight into its opening mark ({@link QuoteCandidate#carriedBy()}): in "Most
 * members agree that the guild should pay “a lot” more" or "the mayor backed a law that set up the “Pier
 * Pride” plates" the marked words sit inside reported speech, one mixed quote with the clause before them.
 *
 * <p>Measured on the PolNeAR train split: of the 16 held fragments a reading carries, 11 lie inside a gold
 * attribution and 8 are the only match of a gold mixed quote (direct F1 0.9798 to 0.9803); dev gains one gold
 * quote for one prediction. Works named by their surroundings (“on Channel 9's “Harbour Hour””) stay dropped even
 * when carried: there 7 of 14 lay outside every gold attribution. Limits: only the reading's own mark counts, so a
 * second fragment further along the same clause stays held back.
 */
public final class CarriedFragments {

    /** Most characters from a reading's opening mark to the first character of the quote's content ("''x"). */
    static final int MAX_MARK_WIDTH = 3;

    private CarriedFragments() {
    }

    /** The fragments of {@code held} whose opening mark a reading of {@code readings} runs into, in held order. */
    public static List<Finding> carried(List<Finding> held, List<QuoteCandidate> readings) {
        if (held.isEmpty()) {
            return List.of();
        }
        Set<Integer> marks = new HashSet<>();
        for (QuoteCandidate c : readings) {
            if (c.carriedBy() != null) {
                marks.add(c.carriedBy().start());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : held) {
            for (int k = 1; k <= MAX_MARK_WIDTH; k++) {
                if (marks.contains(f.content().start() - k)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }
}
