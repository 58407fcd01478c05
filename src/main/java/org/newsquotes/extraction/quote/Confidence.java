package org.newsquotes.extraction.quote;

import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * Confidence that a quote and its speaker are both right, from the attribution rule that fired and the kind
 * of speaker. Table calibrated on the PolNeAR train split (share of quotes whose span and speaker were right
 * per rule); see the eval package for the measured precision above and below 0.8. A quote attributed from
 * the sentence before it ({@code PREVIOUS_SENTENCE}) is right about as often as one with a lead-in (on train
 * 0.93 of 1,521 with a person speaker, dev 0.94 of 144), so it sits above 0.8 with them.
 */
public final class Confidence {

    private Confidence() {
    }

    public static double of(Finding f, Speaker speaker) {
        double base = base(f.rule(), f.type()) * speakerFactor(speaker);
        if (f.titleLike()) {
            base *= 0.6;
        }
        return rounded(base);
    }

    /**
     * Confidence of an indirect quote: the measured precision of its reading ({@code score}, the share of
     * train readings off that cue and construction that lie inside an annotated attribution), lowered as for
     * direct quotes when the speaker is missing or not a person.
     */
    public static double ofIndirect(double score, Speaker speaker) {
        return rounded(score * speakerFactor(speaker));
    }

    private static double speakerFactor(Speaker speaker) {
        if (speaker == null || speaker.name() == null) {
            return 0.75;
        }
        return speaker.kind() != SpeakerKind.PERSON ? 0.95 : 1.0;
    }

    private static double rounded(double c) {
        return Math.round(Math.max(0.05, Math.min(1.0, c)) * 100) / 100.0;
    }

    private static double base(Attribution.Rule rule, QuoteType type) {
        if (rule == null) {
            return type == QuoteType.DIRECT ? 0.6 : 0.4;
        }
        return switch (rule) {
            case AFTER -> 0.95;
            case LEAD_IN -> 0.92;
            case ACCORDING_TO -> 0.88;
            case IN_SENTENCE -> type == QuoteType.DIRECT ? 0.85 : 0.82;
            case NEXT_SENTENCE -> 0.85;
            case PREVIOUS_SENTENCE -> 0.9;
            case CONTINUATION -> 0.8;
            case SUBJECT -> 0.6;
        };
    }
}
