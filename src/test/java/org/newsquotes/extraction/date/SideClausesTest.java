package org.newsquotes.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date words in a side clause the cue is not part of date another event, not the statement. */
class SideClausesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // sentence | cue | the date words that date the statement
        "Voss, who was arrested on Monday, said the charges were false. | said | null",
        "The farmer who spoke Tuesday said the dam would hold. | said | null",
        "In a speech at Elm Grove, which votes on Saturday, Voss argued he could win. | argued | null",
        "Mayor Lind — who had endorsed the plan on Monday — will open a clinic. | endorsed | Monday",
        "On Monday, Lind — who had long endorsed the plan — will open a clinic. | endorsed | null",
        "As the Harbor Herald reported Tuesday, the council approved the budget. | approved | null",
        "Rents will rise, said Ann Kroll, who was named last week to lead the board. | said | null",
        "The fund, which will be audited this month, says it lost money. | says | null",
        "The list of those who were banned for the stunt swelled this week as critics asked for more. | asked | this week",
        "The growers praised the critics who on Sunday called the tariff a blunder. | called | Sunday",
        "Voss, who was arrested on Monday, said Tuesday the charges were false. | said | Tuesday",
        "As the Harbor Herald noted Tuesday, the tariff “will hurt growers.” | noted | Tuesday",
        "The mayor spoke on a radio show Friday, during which she said rents would rise. | said | Friday",
        "Lind visited the plant Monday, where he told workers the line would stay open. | told | Monday",
    })
    void aDateCountsOnlyInTheCuesOwnClause(String sentence, String cue, String words) {
        assertThat(DateCases.resolve(sentence, cue).text()).isEqualTo(words);
    }
}
