package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Mentioned words and page furniture are not quotations: a short quoted term as the subject of its sentence,
 * a translation gloss, a button label, a nickname, an excerpt followed by its link, an item of a dated slogan list. The
 * same shapes with a speaker of their own, or in reported speech, stay.
 */
class QuotedMentionTest {

    private static List<String> found(String text) {
        return new DirectQuoteDetector(new TextIndex(text), false).detect().stream()
                .map(f -> f.content().of(text)).toList();
    }

    @ParameterizedTest(name = "dropped: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry plan stalled. “Harbour Lights” is a drama about a ferry captain.
            The board met twice. "Rebalancing" has been the council's policy since 1990.
            The mayor toured the docks. ''Slow Tide'' was nominated for a prize.
            The channel had a good year. “Harbour Lights,” which returns in May, is a hit.
            The channel had a good year. “Harbour Lights,” an old drama, is back.
            The old name of the bay -- Spanish for ''little harbour'' -- stuck.
            The motto on the gate, “Festina lente,” Latin for “make haste slowly,” is faded.
            The mayor said the law was clear. “Refoulement” (forced return) is banned by the treaty.
            To get the newsletter, enter your address and click “sign up.” It is free.
            Sign up by clicking the "subscribe" button below.
            FERRIES— “Ferry fares to rise,” by the Ledger's Ann Doe: “The fares will rise in the spring.” http://x.example/1.
            The posters read: “No to new taxes” (2005) — “Yes to ferries” (2009).
            The council's new member, Margaret "Peggy" Olsen, said she would vote no.
            Thomas “Big Tom” Rourke, a retired pilot, told reporters he would run.
            """)
    void dropsMentionsAndFurniture(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest(name = "kept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            “Rebalancing” is the answer, the mayor said on Monday.                 | Rebalancing
            The mayor spoke. “The ferry is late again and the fares are up,” she said. | The ferry is late again and the fares are up,
            The mayor said the plan was “not a threat” to the port.               | not a threat
            Thanks for “the kind words,” she told the crew.                        | the kind words,
            The crowd waited. “Oh, my God,” a young woman said on seeing him.     | Oh, my God,
            She wrote: “The fares will rise in the spring.” The board agreed.      | The fares will rise in the spring.
            Mayor Thomas said “Never” Tuesday, and the talks ended.                | Never
            Olsen called the plan “Madness” on Monday.                             | Madness
            “Rebalancing” (the council's word) is the answer, the mayor said.     | Rebalancing
            """)
    void keepsQuotations(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }
}
