package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;

/** Title lines "Name: CONTENT" are read as the name's words; a participle rubric ("Breaking: ...") is no name. */
class HeadlineRubricTest {

    private final IndirectQuoteDetector detector = new IndirectQuoteDetector();

    private List<String> headline(String title) {
        String text = title + "\n\nThe harbour reopened on Monday.";
        return detector.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.cue().of(text).equals(":"))
                .map(c -> c.content().of(text))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Breaking: Harbour Board Votes To Close The Old Pier
            Revealed: What The Ferry Captains Found In The Budget
            Just Leaked: Harbour Board Memo Shows Deep Rift
            """)
    void aParticipleRubricIsNoSpeaker(String title) {
        assertThat(headline(title)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Ortiz: The Old Pier Must Close | The Old Pier Must Close
            Lee: Harbour Budget Is Far Too Small | Harbour Budget Is Far Too Small
            """)
    void aNameIsTheSpeaker(String title, String content) {
        assertThat(headline(title)).containsExactly(content);
    }
}
