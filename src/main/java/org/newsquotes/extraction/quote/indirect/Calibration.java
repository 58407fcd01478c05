package org.newsquotes.extraction.quote.indirect;

/**
 * The belief that a reading is an attribution with the right content: the cue word's precision measured on
 * the PolNeAR train split (on dev: readings scored at least 0.8 were right 88% of the time, 0.5-0.8 72%,
 * below 0.5 34%), a fixed measured figure for title lines and topic phrases, and a low fixed figure for a
 * clause before a weak cue ("CONTENT, X cue" with a cue word right less than {@link #WEAK_TRAILING_CUE} of
 * the time: the attitude and noun cues such as "hopes", "criticism", "support", whose clause before them is
 * seldom what they report; the verbs of a finding, "…, a poll shows", are exempt), and a fixed figure for a
 * that-clause read off a cue word below the threshold.
 */
final class Calibration {

    private Calibration() {
    }

    /** Measured on train titles of the form "X: CONTENT". */
    static final double HEADLINE = 0.7;

    /** Measured on train: the phrases after a non-numeric "about" were annotated content 72% of the time. */
    static final double TOPIC = 0.7;

    /** Cue precision below which a clause before the cue is seldom its content. */
    static final double WEAK_TRAILING_CUE = 0.65;

    /**
     * Measured on train: clauses before a cue word of precision under {@link #WEAK_TRAILING_CUE} were annotated
     * content 27% of the time (23 of 84), below the detector's threshold; strong speech cues ("said", "wrote")
     * are unaffected. Dropping them: train F1 0.7509 -> 0.7514, dev 0.7600 -> 0.7601.
     */
    static final double WEAK_TRAILING = 0.27;

    /**
     * A cue word below the detector's threshold read before "that" and a subject ("replied that she …"):
     * such readings were right about 6 times in 10 on train.
     */
    static final double LOW_CUE_THAT_CLAUSE = 0.6;

    static double score(CueLexicon.Entry entry, Found f, double minPrecision) {
        if (f.pattern() == Attribution.TRAILING && f.length() > 1 && entry.precision() < WEAK_TRAILING_CUE
                && !CueReading.FINDINGS.contains(entry.word())) {
            return WEAK_TRAILING;    // one-token TRAILING contents are relative words ("which X rejected")
        }
        return entry.precision() < minPrecision ? LOW_CUE_THAT_CLAUSE : entry.precision();
    }
}
