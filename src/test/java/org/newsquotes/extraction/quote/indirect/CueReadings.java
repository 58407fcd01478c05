package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

/** Test helpers: the indirect readings of one plain-text sentence whose cue is written exactly {@code cue}. */
final class CueReadings {

    private static final IndirectQuoteDetector DETECTOR = new IndirectQuoteDetector();

    private CueReadings() {
    }

    static List<QuoteCandidate> withCue(String text, String cue) {
        return DETECTOR.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.cue().of(text).equals(cue))
                .toList();
    }

    /** Asserts that the sentence has exactly one reading with {@code cue}, and that its content is {@code content}. */
    static QuoteCandidate onlyReading(String text, String cue, String content) {
        List<QuoteCandidate> found = withCue(text, cue);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).isEqualTo(content);
        return found.get(0);
    }
}
