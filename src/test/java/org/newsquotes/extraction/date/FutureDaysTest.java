package org.newsquotes.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.QuoteDate;

/** A weekday in a clause about the future names a day to come: it does not date the quote a week early. */
class FutureDaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // sentence | cue | date words kept | date
        "The growers will formally protest the tariff Monday at the capitol. | protest | null | 2022-01-12",
        "On Tuesday, Voss will testify before the farm panel about the levy. | about | null | 2022-01-12",
        "The tally, which will be posted on Saturday, is said to favour Lind. | said | null | 2022-01-12",
        "Lind is scheduled to address the growers Friday night. | address | null | 2022-01-12",
        "Voss is set to open the plant Monday, aides said. | open | null | 2022-01-12",
        "Voss will speak to the growers Wednesday, aides said. | speak | Wednesday | 2022-01-12",
        "Voss spoke to the growers Monday and will return next month. | spoke | Monday | 2022-01-10",
        "“It will pass,” Voss said Monday. | said | Monday | 2022-01-10",
        "Voss said Monday that the vote will be close. | said | Monday | 2022-01-10",
    })
    void futureWeekdaysDoNotDateTheQuote(String sentence, String cue, String words, LocalDate date) {
        QuoteDate d = DateCases.resolve(sentence, cue);
        assertThat(d.text()).isEqualTo(words);
        assertThat(d.date()).isEqualTo(date);
    }
}
