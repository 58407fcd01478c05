package org.newsquotes.extraction.quote.indirect;

/**
 * The belief that a reading is an attribution with the right content: the cue word's precision measured on
 * the PolNeAR train split (on dev: readings scored at least 0.8 were right 88% of the time, 0.5-0.8 72%,
 * below 0.5 34%), and a fixed measured figure for title lines.
 */
final class Calibration {

    private Calibration() {
    }

    /** Measured on train titles of the form "X: CONTENT". */
    static final double HEADLINE = 0.7;

    /** Measured on train: the phrases after a non-numeric "about" were annotated content 72% of the time. */
    static final double TOPIC = 0.7;

    static double score(CueLexicon.Entry entry, Found f) {
        return entry.precision();
    }
}
