package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An adjective phrase with an infinitive and no role noun before it is no role; a role noun keeps it. */
class RoleInfinitiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "keen all week to needle the governors for dodging the levy | null",
        "quick to blame the growers | null",
        "eager to please the farm lobby | null",
        "runs a farm to feed the county | null",
        "adviser to the mayor | adviser to the mayor",
        "Elm County's envoy to Peru from 2009 to 2014 | Elm County's envoy to Peru from 2009 to 2014",
        "lawyer for one of three groups to file suit over the levy | lawyer for one of three groups to file suit over the levy",
        "the first farmer to win the seat | the first farmer to win the seat",
    })
    void rolesWithAnInfinitive(String role, String kept) {
        assertThat(RoleText.clean(role)).isEqualTo(kept);
    }
}
