package org.newsquotes.extraction.quote.indirect;

import org.newsquotes.extraction.Span;

/** One reported-speech reading of a sentence, in token indices, before spans are trimmed and scored. */
record Found(Attribution pattern, int cue, int cueEnd, int from, int to, Span source) {

    /** Number of content tokens. */
    int length() {
        return to - from;
    }
}
