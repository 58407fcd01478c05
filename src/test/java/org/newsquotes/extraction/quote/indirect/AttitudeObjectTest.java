package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttitudeObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The harbour board is confident in the new dredging plan. | confident in | the new dredging plan
            Many growers still believe in a smaller cooperative. | believe in | a smaller cooperative
            Pilots were frustrated with the tower's slow answers. | frustrated with | the tower's slow answers
            The wardens were annoyed by the late ferry. | annoyed by | the late ferry
            Councillor Ruiz has long sided with the fishing crews. | sided with | the fishing crews
            She is a vocal critic of the harbour tax. | critic of | the harbour tax
            The mayor mounted a stubborn defense of the old pier. | defense of | the old pier
            The growers are hungry for cheaper water. | hungry for | cheaper water
            The skipper poked fun at the new buoys. | fun at | the new buoys
            Her allegiance to the old guild was plain. | allegiance to | the old guild
            The wardens kept their low opinion of the ferry board. | opinion of | the ferry board
            Mayor Ostrander quickly distanced herself from the toll plan. | distanced herself from | the toll plan
            Few wardens were interested in how the toll would be spent. | interested in | how the toll would be spent
            """)
    void readsTheObjectAfterTheOwnPreposition(String text, String cue, String content) {
        assertThat(onlyReading(text, cue, content).source()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The wardens were confident in 2019. | confident in
            The mural was inspired by the old ferry. | inspired by
            She was tired after the long shift. | tired after
            Critics of the harbour tax gathered outside. | Critics of
            The ferry pulled up alongside the pier. | alongside
            The crews lined up behind the new skipper. | lined up behind
            Keep your distance from the dredger. | distance from
            """)
    void noAttitudeObject(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ferry board has shown no interest in building a second pier. | shown | building a second pier
            Councillor Ruiz voiced her confidence in the harbour master. | voiced | the harbour master
            """)
    void aCueWhoseObjectIsTheAttitudeKeepsItsCueAndTakesTheAttitudesObject(String text, String cue, String content) {
        onlyReading(text, cue, content);
        assertThat(withCue(text, "interest in")).isEmpty();
        assertThat(withCue(text, "confidence in")).isEmpty();
    }
}
