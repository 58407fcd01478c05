package org.newsquotes.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.SpeakerKind;

class NameNormalizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jens Stoltenberg|jens stoltenberg",
            "  JENS   STOLTENBÉRG |jens stoltenberg",
            "Boris N. Yeltsin|boris n yeltsin",
            "Sam A. Greene|sam a greene",
            "Conan O’Brien|conan obrien",
            "Jean-Claude Juncker|jean claude juncker",
            "Kremlin|kremlin",
            "...|''"})
    void normalises(String name, String expected) {
        assertThat(NameNormalizer.normalize(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jens stoltenberg|stoltenberg",
            "martin luther king jr|king",
            "peskov|"})
    void surname(String normalized, String expected) {
        assertThat(NameNormalizer.surname(normalized)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jens Stoltenberg|Stoltenberg", "Sam A. Greene,|Greene", "Peskov|"})
    void displaySurname(String name, String expected) {
        assertThat(NameNormalizer.displaySurname(name)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void anonymousAndGroupSpeakersAreKeyedByArticle() {
        assertThat(SpeakerService.mergeKey(SpeakerKind.PERSON, "jens stoltenberg", 1))
                .isEqualTo(SpeakerService.mergeKey(SpeakerKind.PERSON, "jens stoltenberg", 2));
        assertThat(SpeakerService.mergeKey(SpeakerKind.ANONYMOUS, "a senior official", 1))
                .isNotEqualTo(SpeakerService.mergeKey(SpeakerKind.ANONYMOUS, "a senior official", 2));
        assertThat(SpeakerService.mergeKey(SpeakerKind.GROUP, "several diplomats", 1))
                .isNotEqualTo(SpeakerService.mergeKey(SpeakerKind.GROUP, "several diplomats", 2));
        assertThat(SpeakerService.mergeKey(SpeakerKind.ORGANIZATION, "nato", 1))
                .isNotEqualTo(SpeakerService.mergeKey(SpeakerKind.PERSON, "nato", 1));
    }
}
