package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrationTest {

    @ParameterizedTest(name = "{0} cue precision {1}, {2} tokens")
    @CsvSource(textBlock = """
            TRAILING, 0.95, 6, 0.95
            TRAILING, 0.70, 6, 0.70
            TRAILING, 0.50, 6, 0.27
            TRAILING, 0.50, 1, 0.50
            LEADING,  0.50, 6, 0.50
            NOUN,     0.40, 3, 0.40
            LEADING,  0.20, 6, 0.60
            """)
    void aClauseBeforeAWeakCueScoresLow(Attribution pattern, double precision, int length, double score) {
        CueLexicon.Entry entry = new CueLexicon.Entry("cue", 0.5, precision, 0.5, false);
        Found f = new Found(pattern, 10, 11, 2, 2 + length, null);
        assertThat(Calibration.score(entry, f, 0.35)).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            shows
            suggested
            """)
    void aClauseBeforeAFindingVerbKeepsTheCuePrecision(String verb) {
        CueLexicon.Entry entry = new CueLexicon.Entry(verb, 0.5, 0.5, 0.1, false);
        Found f = new Found(Attribution.TRAILING, 10, 11, 2, 8, null);
        assertThat(Calibration.score(entry, f, 0.35)).isEqualTo(0.5);
    }
}
