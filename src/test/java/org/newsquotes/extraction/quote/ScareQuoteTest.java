package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Scare quotes: a marked phrase of one or two words that nothing attributes, in a sentence with no reporting
 * word, is dropped, also when its sentence's subject, not a person, is its only source; one after "as", after
 * a naming word, in a sentence that reports speech, or given a person subject as source is kept.
 */
class ScareQuoteTest {

    private static List<String> found(String text) {
        return new DirectQuoteDetector(new TextIndex(text), false).detect().stream()
                .map(f -> f.content().of(text)).toList();
    }

    @ParameterizedTest(name = "dropped: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry board met over a “unity” breakfast at the pier on Monday.
            The orchard crew finished the “fruit audit” before the rain came.
            The bakery guild stacked the “missing” flour sacks behind the oven.
            The new pier, a “floating plaza,” opened at noon.
            Harbour Bank was caught producing “proof” that the levy had failed.
            Ferry Union members produced an “autopsy” of the season in a single afternoon.
            """)
    void dropsShortPhrasesWithNoSpeechAround(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest(name = "kept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour master described the new levy as a “windfall” for the town.      | windfall
            Treating the pier plan as a mere “hunch” is never wise.                      | hunch
            The guild members dislike the phrase “bread tax” intensely.                  | bread tax
            The orchard owner complained that the inspection was “pointless” last week. | pointless
            The ferry board met over a “unity and renewal breakfast” at the pier.        | unity and renewal breakfast
            Ann Roe joined the ferry board for a “unity” breakfast at the pier.          | unity
            Mr. Roe tossed in a “lazy” Bob Doe at the end of the speech.                 | lazy
            Harbour Bank projects that “every pier” will reopen by June.                 | every pier
            """)
    void keepsPhrasesSomeoneIsReportedToHaveSaid(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }
}
