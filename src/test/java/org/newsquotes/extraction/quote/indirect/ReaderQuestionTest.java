package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;

class ReaderQuestionTest {

    private static final IndirectQuoteDetector DETECTOR = new IndirectQuoteDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Do you support Mayor Okonkwo? Share this page.
            Would you back a second ferry to Tillmouth?
            Are you thinking the toll should go?
            """)
    void aParagraphOpeningQuestionToTheReaderIsNotRead(String paragraph) {
        String text = "Ferry fares rise again.\n\n" + paragraph;
        assertThat(DETECTOR.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.content().start() > 24)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Q: Do you think the toll should go? | the toll should go
            Then Marta Quell asked: do you think the toll should go? | the toll should go
            You said the toll should go. | the toll should go
            """)
    void labelledOrInnerOrDeclarativeQuestionsAreStillRead(String paragraph, String content) {
        String text = "Ferry fares rise again.\n\n" + paragraph;
        assertThat(DETECTOR.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .map(c -> c.content().of(text))).contains(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Do you support Mayor Okonkwo? | true
            do you support Mayor Okonkwo? | false
            Do they support Mayor Okonkwo? | false
            Do you support Mayor Okonkwo. | false
            Will you vote for the levy ? ) | true
            """)
    void asks(String sentence, boolean asks) {
        List<Token> t = Tokenizer.tokenize(sentence, new Span(0, sentence.length()), false);
        assertThat(ReaderQuestion.asks(t)).isEqualTo(asks);
    }
}
