package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.text.TextIndex;

/** Stage directions and follow lines between marks are not quotations; ordinary passages stay. */
class MarkupPassageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (CROSSTALK.)                          | true
            (Applause)                            | true
            (LAUGHTER),                           | true
            Follow Ann Roe on Twitter @annroe.    | true
            Follow the ferry schedule on Facebook | true
            (Laughter) We will win this.          | false
            We will (probably) win this.          | false
            Follow the money, he said.            | false
            ()                                    | false
            Related:                              | true
            Look: we will win.                    | false
            Related                               | false
            """)
    void recognisesFurniture(String inner, boolean expected) {
        assertThat(MarkupPassage.is(inner, new Span(0, inner.length()))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void detectorDropsAStageDirectionInATranscript() {
        String text = "\"HOST: Is the budget done?\n\n\"(CROSSTALK.)\n\n\"MAYOR: It is done.\"";
        List<String> found = new DirectQuoteDetector(new TextIndex(text), false).detect().stream()
                .map(f -> f.content().of(text)).toList();
        assertThat(found).doesNotContain("(CROSSTALK.)").contains("MAYOR: It is done.");
    }

    /** A quoted paragraph (¶ marks a line break) in capitals, three words or more, is a subheading; chants stay. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor spoke on Monday.¶“FERRIES WILL RUN LATE”¶The council agreed.   | true
            The mayor spoke on Monday.¶"TAXES ARE TOO HIGH."¶The council agreed.     | true
            The crowd chanted “FERRIES RUN LATE” as she spoke.                         | false
            The mayor spoke on Monday.¶“USA! USA!”¶The council agreed.               | false
            The mayor spoke on Monday.¶“Ferries will run late”¶The council agreed.   | false
            """)
    void recognisesQuotedSubheadings(String escaped, boolean expected) {
        String text = escaped.replace("¶", "\n");
        List<String> found = new DirectQuoteDetector(new TextIndex(text), false).detect().stream()
                .map(f -> f.content().of(text)).toList();
        assertThat(found.isEmpty()).isEqualTo(expected);
    }
}
