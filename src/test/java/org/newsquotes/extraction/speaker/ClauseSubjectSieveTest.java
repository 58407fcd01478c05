package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * {@link ClauseSubjectSieve}: a speaker named only as the subject of a "that" clause yields the pronoun to the
 * subject of the sentence around it.
 */
class ClauseSubjectSieveTest {

    /** Records {@code speaker} (written as {@code written}) as the latest speaker, then resolves "he". */
    private static Speaker resolve(String text, String speaker, String written) {
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker(speaker, SpeakerKind.PERSON, written, null), SieveFixtures.mention(text, written));
        return new ClauseSubjectSieve().resolve(SieveFixtures.mention(text, "he"), d);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Paul Hinds, alleging that President Okafor wanted more, said he would refuse. | Paul Hinds
            Paul Hinds, alleging that President Okafor wanted more, spoke. (Later he said so.) | Paul Hinds
            Paul Hinds said that Okafor had lied. “No,” he said. | Paul Hinds
            """)
    void theSubjectAroundTheClauseTakesThePronoun(String text, String expected) {
        String written = text.contains("President Okafor") ? "President Okafor" : "Okafor";
        assertThat(resolve(text, "Tomas Okafor", written).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Paul Hinds spoke and Okafor wanted more. “No,” he said.
            Paul Hinds said that Okafor had lied. It rained. It snowed. “No,” he said.
            The voters said that Okafor had lied. “No,” he said.
            Tom Okafor said that Okafor had lied. “No,” he said.
            """)
    void otherwisePasses(String text) {
        assertThat(resolve(text, "Tomas Okafor", "Okafor")).isNull();
    }
}
