package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * The confidence of an indirect quote follows the measured precision of its reading, lowered when the speaker
 * is missing or not a person, and stays in [0.05, 1].
 */
class IndirectConfidenceTest {

    @ParameterizedTest(name = "score {0}, speaker kind {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0.8  | PERSON       | 0.8
            0.8  | ORGANIZATION | 0.76
            0.8  | NONE         | 0.6
            0.4  | PERSON       | 0.4
            0.4  | NONE         | 0.3
            1.5  | PERSON       | 1.0
            0.01 | NONE         | 0.05
            """)
    void followsTheReadingsPrecision(double score, String kind, double expected) {
        Speaker speaker = kind.equals("NONE") ? null
                : new Speaker("Jo Lee", SpeakerKind.valueOf(kind), "Jo Lee", new Span(0, 6));
        assertThat(Confidence.ofIndirect(score, speaker)).isEqualTo(expected);
    }
}
