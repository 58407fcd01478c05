package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

class RelativeCueTest {

    private final IndirectQuoteDetector detector = new IndirectQuoteDetector();

    private List<QuoteCandidate> withCue(String text, String cue) {
        return detector.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.cue().of(text).equals(cue))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fishermen who want to keep the old quay will meet the mayor on Friday. | want | to keep the old quay
            Residents who said the ferry fare was too high were invited to the hearing. | said | the ferry fare was too high
            Tenants who said the landlord may have broken the rules were told to wait. | said | the landlord may have broken the rules
            """)
    void contentEndsBeforeTheMainVerb(String text, String cue, String content) {
        List<QuoteCandidate> found = withCue(text, cue);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor, who said the ferry fare was too high, left early. | said | the ferry fare was too high
            Ms. Arden said the ferry fare was too high and would rise again. | said | the ferry fare was too high
            """)
    void otherCuesAreUnchanged(String text, String cue, String content) {
        List<QuoteCandidate> found = withCue(text, cue);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After the mayor promised “a new start,” the union said the talks would resume. | said | the talks would resume
            """)
    void quotedWordsBeforeTheCueKeepAClauseContent(String text, String cue, String content) {
        List<QuoteCandidate> found = withCue(text, cue);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We will win,” Ms. Arden said of the vote. | said
            """)
    void quotedWordsBeforeTheCueDropAnObjectContent(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
