package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

class TopicPhraseTest {

    private final IndirectQuoteDetector detector = new IndirectQuoteDetector();

    private List<String> topics(String text) {
        return detector.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.cue().of(text).equalsIgnoreCase("about") || c.cue().of(text).equals("regarding"))
                .map(c -> c.content().of(text))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry crews were gloomy about the new timetable. | the new timetable
            Residents argued at length about whether the bridge would hold. | whether the bridge would hold
            Few fishermen were upbeat about the harbour levy in May. | the harbour levy
            The council kept quiet regarding the tunnel budget. | the tunnel budget
            """)
    void readsThePhraseAfterATopicWord(String text, String content) {
        assertThat(topics(text)).containsExactly(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry carried about 300 passengers.
            The ferry carried about two-thirds of the island vote.
            Both ports handled about the same tonnage as last year.
            The storm lasted about an hour.
            About a third of the boats stayed in port.
            The crews were about to leave the harbour.
            The dispute is about money.
            How about a longer pier?
            The ferry crews said “we worry about the timetable.”
            """)
    void readsNoQuantityOrQuotedTopic(String text) {
        assertThat(topics(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said she was worried about the harbour. | she was worried about the harbour
            Ortiz spoke to the harbour pilots about the new levy. | the new levy
            """)
    void aCueReadingCoveringTheTopicWinsAndAHearerIsNoContent(String text, String content) {
        List<QuoteCandidate> found = detector.detect(CleanedArticle.plain(text, null), List.of());
        assertThat(found).extracting(c -> c.content().of(text)).containsExactly(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The real question is whether the ferry will sail again.
            It is unclear whether the ferry will sail again.
            It remains to be seen whether the ferry will sail again.
            But whether the ferry will sail again depends on the weather.
            The test was not whether the pier would hold but when.
            """)
    void anOpenQuestionInTheWritersVoiceIsNoTopic(String text) {
        assertThat(topics(text)).isEmpty();
    }
}
