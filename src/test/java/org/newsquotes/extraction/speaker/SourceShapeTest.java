package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;
import org.newsquotes.extraction.text.Tokenizer;

class SourceShapeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            senior harbour officials                      | true
            the Kremlin                                   | true
            Ann Roe                                       | true
            analysts familiar with the talks              | true
            including Ann Roe                             | true
            including 51 ferry workers                    | true
            with former Mayor Ann Roe                     | true
            amid mounting pressure from the port          | false
            has prompted                                  | false
            amplifying the sense of crisis                | false
            would perhaps                                 | false
            with his preference for regional ferries      | false
            in a report                                   | false
            About four in 10 ferry riders                 | true
            Amid the strike                               | false
            Manning                                       | true
            Will Roe                                      | true
            ,                                             | false
            who wrote to the board                        | false
            of Springfield                                | false
            from Dover                                    | false
            For Mr. Roe                                   | false
            But Roe                                       | true
            only 19 ferry workers                         | true
            The                                           | false
            those surveyed                                | true
            his                                           | true
            """)
    void readsAsNounPhrase(String phrase, boolean expected) {
        assertThat(SourceShape.readsAsNounPhrase(Tokenizer.tokenize(phrase, 0, phrase.length(), false)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the harbour board has long          | the harbour board
            Roe has likewise                    | Roe
            Roe's aides, who have               | Roe's aides, who have
            ferry officials who have spoken     | ferry officials who have spoken
            Roe Has Spoken                      | Roe Has Spoken
            which                               | ''
            a ferry poll released               | a ferry poll
            the harbour board released a plan   | the harbour board
            Roe also sent                       | Roe
            a complaint filed by the regulator  | a complaint filed by the regulator
            an unnamed source                   | an unnamed source
            the accused                         | the accused
            those polled                        | those polled
            Roe reluctantly conceded            | Roe
            """)
    void headStopsAtAnAuxiliary(String phrase, String head) {
        var words = SourceShape.head(Tokenizer.tokenize(phrase, 0, phrase.length(), false));
        assertThat(words.isEmpty() ? "" : phrase.substring(0, words.get(words.size() - 1).end())).isEqualTo(head);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The strike, amid mounting pressure from the port, has prompted fears that the ferries will stop.
            Amid mounting pressure from the port, claims that the bridge would close spread through the town.
            """)
    void aClauseFragmentIsNoSpeaker(String text) {
        var quotes = new QuoteExtractor().extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
        assertThat(quotes).isNotEmpty().extracting(Quote::speaker).containsOnlyNulls();
    }
}
