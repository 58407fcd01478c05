package org.newsquotes.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DeterminersTest {

    @Test
    void theCoreIsTheArticlesAndThePossessiveDeterminers() {
        assertThat(Determiners.ARTICLES_AND_POSSESSIVES)
                .containsExactlyInAnyOrder("the", "a", "an", "his", "her", "their", "its", "our", "my", "your");
    }

    @Test
    void plusAddsWordsToTheCoreAndToleratesRepeats() {
        Set<String> set = Determiners.plus("this", "the", "several");
        assertThat(set).hasSize(12).contains("this", "several", "your", "an");
        assertThatThrownBy(() -> set.add("those")).isInstanceOf(UnsupportedOperationException.class);
    }
}
