package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;

/** "I" and "we" in a transcript turn ("RUIZ: I think …") are the labelled speaker, not the person named last. */
class TurnLabelSieveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            RUIZ: I think so.                 | RUIZ
            SEN. ANA RUIZ: I think so.        | RUIZ
            O'NEIL: We think so.              | O'NEIL
            '  RUIZ: I think so.'             | RUIZ
            Ruiz: I think so.                 | NULL
            Q: I think so.                    | NULL
            RUIZ said I think so.             | NULL
            I think so, RUIZ: yes.            | NULL
            A B C D E: I think so.            | NULL
            """)
    void labelOpeningTheParagraph(String paragraph, String expected) {
        String text = "Panel notes.\n\n" + paragraph;
        assertThat(TurnLabelSieve.label(text, text.indexOf("think"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RUIZ: I think that the levy will fail.           | Ana Ruiz
            RUIZ: We believe that voters are tired of it.    | Ana Ruiz
            """)
    void aTurnsFirstPersonIsTheLabel(String turn, String expected) {
        String text = "Panel notes.\n\nThe host asked about claims that Jo Lee backed the levy. Ana Ruiz joined the panel.\n\n"
                + turn;
        List<Quote> quotes = new QuoteExtractor().extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
        Quote inTurn = quotes.stream().filter(q -> q.span().start() > text.indexOf(turn)).findFirst().orElseThrow();
        assertThat(inTurn.speaker().name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UPDATE: We reported that the levy would fail.         | Update
            CORRECTION: We said that the vote was on Monday.      | Correction
            OKAFOR: I think that the levy will fail.              | Okafor
            """)
    void aLabelNamingNoOneWrittenInFullIsNoSpeaker(String turn, String label) {
        String text = "Panel notes.\n\nAna Ruiz joined the panel.\n\n" + turn;
        List<Quote> quotes = new QuoteExtractor().extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
        Quote inTurn = quotes.stream().filter(q -> q.span().start() > text.indexOf(turn)).findFirst().orElseThrow();
        assertThat(inTurn.speaker() == null ? null : inTurn.speaker().name()).isNotEqualTo(label);
    }

    @org.junit.jupiter.api.Test
    void aParagraphLongerThanTheReachHasNoLabel() {
        String text = "Panel notes.\n\nRUIZ: " + "word ".repeat(TurnLabelSieve.REACH / 5 + 10) + "I think so.";
        assertThat(TurnLabelSieve.label(text, text.indexOf("I think"))).isNull();
    }
}
