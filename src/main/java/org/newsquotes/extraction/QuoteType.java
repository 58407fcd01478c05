package org.newsquotes.extraction;

/** How a quotation is reported: verbatim in marks, partly verbatim inside reported speech, or paraphrased. */
public enum QuoteType {
    /** The whole statement stands inside quotation marks. */
    DIRECT,
    /** A quoted fragment inside the reporter's own sentence ("warned it could “sow seeds of mistrust”"). */
    PARTIAL,
    /** Reported speech with no quotation marks ("Peskov said Russia saw ..."). */
    INDIRECT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
