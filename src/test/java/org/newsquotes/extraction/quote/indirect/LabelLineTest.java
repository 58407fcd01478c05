package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

/**
 * A body paragraph opening with a speaker label ("HOLM: ...", "Nadia Brandt: ...") is read as the label's words;
 * rubrics, single letters, headings, lists of names and quoted lines are not.
 */
class LabelLineTest {

    private final IndirectQuoteDetector detector = new IndirectQuoteDetector();

    private List<String> labelled(String line) {
        String text = "Harbour Debate Turns Sour\n\nThe panel met on Monday.\n\n" + line + "\n\nThe harbour reopened later.";
        return detector.detect(CleanedArticle.plain(text, null), List.of()).stream()
                .filter(c -> c.cue().of(text).equals(":"))
                .map(c -> c.content().of(text) + " | " + source(c, text))
                .toList();
    }

    private static String source(QuoteCandidate c, String text) {
        return c.source() == null ? "" : c.source().of(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            HOLM: The ferry deal was never going to pass the council. ~ The ferry deal was never going to pass the council | HOLM
            NADIA BRANDT: We built the pier without any help from the state. ~ We built the pier without any help from the state | NADIA BRANDT
            Nadia Brandt: Well, the harbour budget is far too small. ~ Well, the harbour budget is far too small | Nadia Brandt
            Ortiz: Here is the problem of our time: nobody pays for ferries. ~ Here is the problem of our time | Ortiz
            """)
    void aSpeakerLabelOpensTheWords(String line, String expected) {
        assertThat(labelled(line)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            Update: The harbour board has removed the listing from its site.
            Correction: An earlier version of this story misstated the ferry fare.
            Editor's Note: The following is an excerpt from a book about the harbour.
            Contributing: Nadia Brandt and Olaf Holm in the harbour office.
            So: Fishermen could ignore the ruling but not the harbour tax.
            Q: Did the harbour board ever take care of you?
            Breaking: The harbour board votes to close the old pier.
            Ortiz: Close it now.
            Norland: Ada Brook, Nadia Brandt, Olaf Holm, Ines Varga, Lena Ortiz.
            PORTS: FERRY CAPTAINS PAID TWICE FOR THE SAME TRIP
            HOLM: “The ferry deal was never going to pass the council.”
            """)
    void noSpeakerLabelNoWords(String line) {
        assertThat(labelled(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            The panel met on Monday. HOLM: The ferry deal was never going to pass the council.
            """)
    void aLabelInsideAParagraphIsNotRead(String line) {
        assertThat(labelled(line)).isEmpty();
    }
}
