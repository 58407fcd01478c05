package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

class TailPhraseTest {

    private final IndirectQuoteDetector detector = new IndirectQuoteDetector();

    private List<QuoteCandidate> withCue(String text, String cue) {
        return detector.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.cue().of(text).equals(cue))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The levy raised little (the real figure is far lower, according to the auditor). | according | the real figure is far lower
            """)
    void anUnclosedParenthesisOpensATrailingContent(String text, String cue, String content) {
        assertThat(withCue(text, cue + " to")).extracting(c -> c.content().of(text)).containsExactly(content);
    }
}
