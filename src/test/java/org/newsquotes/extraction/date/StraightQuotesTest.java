package org.newsquotes.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.QuoteDate;

/**
 * A straight quotation mark reads by its sides, so a date scope that starts inside a quotation (a long quote
 * cut by the scope's reach) still sees the date words after the closing mark.
 */
class StraightQuotesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "null", value = {
        // sentence | where the scope starts | cue | date words
        "\"The dam held for the last year, and it will hold,\" Voss told the Farm Hour on Tuesday. | 10 | told | Tuesday",
        "''The dam held, and it will hold,'' the engineer, Ada Lind, said on Monday. | 8 | said | Monday",
        "\"The dam held last week,\" Voss said. | 0 | said | null",
        "Voss said, \"The dam held last week.\" | 0 | said | null",
        "Voss told the \"Farm Hour\" show Tuesday that it held. | 0 | told | Tuesday",
    })
    void datesAfterTheClosingMarkCount(String sentence, int from, String cue, String words) {
        QuoteDate d = DateCases.resolve(sentence, from, cue, DateCases.WEDNESDAY);
        assertThat(d.text()).isEqualTo(words);
    }
}
