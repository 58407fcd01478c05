package org.newsquotes.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.newsquotes.web.PaddedInList;
import org.junit.jupiter.params.provider.CsvSource;

/** The merge-key lookup binds its keys padded to a few sizes, so Hibernate keeps one translation per size. */
class SpeakerRepositoryPaddingTest {

    @ParameterizedTest(name = "{0} keys -> {1} parameters")
    @CsvSource({"1, 4", "4, 4", "5, 8", "8, 8", "9, 16", "100, 128", "512, 512"})
    void paddedToPowersOfTwoFromFour(int keys, int parameters) {
        assertThat(PaddedInList.size(keys)).isEqualTo(parameters);
    }
}
