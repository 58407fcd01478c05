package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

class RelativeGapTest {

    private final IndirectQuoteDetector detector = new IndirectQuoteDetector();

    private List<QuoteCandidate> withCue(String text, String cue) {
        return detector.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.cue().of(text).equals(cue))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour levy, which the council rejected on Monday, will stay. | rejected | which
            The ferry plan was something the mayor denied. | denied | something
            """)
    void theRelativeWordIsTheContent(String text, String cue, String content) {
        List<QuoteCandidate> found = withCue(text, cue);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).isEqualTo(content);
        assertThat(found.get(0).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The op-ed, in which she called for a new levy, ran on Monday. | called
            The levy, which the council rejected the plan for, will stay. | rejected
            """)
    void noRelativeContentWhenTheObjectFollowsTheCue(String text, String cue) {
        assertThat(withCue(text, cue)).noneMatch(c -> c.content().of(text).equals("which"));
    }
}
