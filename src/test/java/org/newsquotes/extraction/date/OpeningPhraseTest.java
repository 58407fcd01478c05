package org.newsquotes.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.QuoteDate;

/** A date ending the sentence's opening phrase of occasion dates the statement, however long the subject. */
class OpeningPhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "In a memo on Tuesday, Ada Lind, the head of the county water board, reminded staff of the rules. | reminded | Tuesday",
        "In a string of posts Monday, Mr. Voss, a former adviser to the growers' union, wrote that it failed. | wrote | Monday",
        "At a town hall in Elm Grove Monday night, the governor of the state, Ada Lind, said rents would fall. | said | Monday",
        "In an essay in March, the retired farm economist Bo Rusk argued the levy was unfair. | argued | March",
        "On a tour this month before the county vote on Jan. 4, the mayor of the town said rents would fall. | said | null",
        "In a memo, the head of the county water board, Ada Lind, reminded staff on Monday. | reminded | Monday",
        "Growers in Elm Grove on Tuesday, many of them angry at the levy, said the board had failed. | said | null",
    })
    void theOpeningPhrasesDateCounts(String sentence, String cue, String words) {
        QuoteDate d = DateCases.resolve(sentence, cue);
        assertThat(d.text()).isEqualTo(words);
    }
}
