package org.newsquotes.ops;

import java.time.Duration;

/**
 * An extraction that was not carried out: it took longer than the configured timeout ({@link #timedOut()},
 * answered 422) or no extraction thread was free ({@link #busy()}, answered 503 with Retry-After).
 */
public final class ExtractionRefusedException extends RuntimeException {

    /** Why the extraction was refused. */
    public enum Reason { TIMEOUT, BUSY }

    private final Reason reason;
    private final Duration timeout;

    private ExtractionRefusedException(Reason reason, Duration timeout, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.timeout = timeout;
    }

    public static ExtractionRefusedException timedOut(Duration timeout) {
        return new ExtractionRefusedException(Reason.TIMEOUT, timeout,
                "Extraction took too long: the article was not analysed within " + timeout.toMillis() + " ms.");
    }

    public static ExtractionRefusedException busy(Duration timeout) {
        return new ExtractionRefusedException(Reason.BUSY, timeout,
                "The server is busy extracting other articles; try again shortly.");
    }

    public Reason reason() {
        return reason;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The problem type slug, also the metrics tag. */
    public String slug() {
        return reason == Reason.TIMEOUT ? "extraction-timeout" : "extraction-busy";
    }
}
