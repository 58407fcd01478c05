package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.newsquotes.extraction.text.TextIndex;

/** Shared assertions of the attribution tables: the source the direct-quote detector gives a quote. */
final class QuoteSources {

    private QuoteSources() {
    }

    /** The first quote found in {@code text}, which must have at least one. */
    static Finding firstFinding(String text) {
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found).isNotEmpty();
        return found.get(0);
    }

    /** {@code f} has no source when {@code expected} is null, else a source of exactly that name. */
    static void assertSourceName(Finding f, String expected) {
        if (expected == null) {
            assertThat(f.source()).isNull();
        } else {
            assertThat(f.source()).isNotNull();
            assertThat(f.source().name()).isEqualTo(expected);
        }
    }
}
