package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantifierSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On ferry fares, 42% say the price is too high. | say | the price is too high | 42%
            Nearly 60 percent of riders said that the new route is slower. | said | the new route is slower | Nearly 60 percent of riders
            Some say the harbour plan will never be built. | say | the harbour plan will never be built | Some
            Most of the councillors believe the vote will pass. | believe | the vote will pass | Most of the councillors
            """)
    void readsTheClauseAfterAQuantitySubject(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The turnout was higher than most expected. | expected
            """)
    void otherQuantitiesAreNoSubjects(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
