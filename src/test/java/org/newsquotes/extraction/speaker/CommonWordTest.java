package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonWordTest {

    @ParameterizedTest(name = "{0}: closed {1}, quantifier {2}, shape {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Something     | true  | false | true
            Nor           | true  | false | false
            There         | true  | false | false
            Their         | true  | false | false
            Another       | false | true  | false
            Several       | false | true  | false
            Someone       | false | true  | false
            Hastily       | false | false | true
            Frustrations  | false | false | true
            Optimism      | false | false | true
            Generous      | false | false | true
            Echoing       | false | false | true
            Disillusioned | false | false | true
            Kimberly      | false | false | false
            Okafor        | false | false | false
            Reed          | false | false | false
            Freed         | false | false | false
            Greeley       | false | false | false
            """)
    void classifiesWords(String word, boolean closed, boolean quantifier, boolean shape) {
        assertThat(CommonWord.closedClass(word)).isEqualTo(closed);
        assertThat(CommonWord.quantifier(word)).isEqualTo(quantifier);
        assertThat(CommonWord.commonShape(word)).isEqualTo(shape);
    }
}
