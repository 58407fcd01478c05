package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * "While Lee proclaims it a “…,” Okafor fixates on the “…”": the first quote is Lee's (its opening clause), the
 * second Okafor's (a quote closed by a comma ends the opening clause); "“…” until Lee said …" is no trailing
 * source of the quote.
 */
class SubordinateClauseEndTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            While Marlowe proclaims the loaf a “terrific bake,” Okafor fixates on the “crust” line.     | Marlowe | Okafor
            Okafor says he was “kind of undecided” until Marlowe said she was backing the guild. Then “yes.” | Okafor | Okafor
            """)
    void eachQuoteKeepsItsClausesSource(String text, String first, String second) {
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found.get(0).source().name()).isEqualTo(first);
        Finding next = found.get(1);
        String name = next.source() != null ? next.source().name() : found.get(next.inheritFrom()).source().name();
        assertThat(name).isEqualTo(second);
    }
}
