package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleShapeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rival                                   | false
            Rival                                   | false
            best friend                             | false
            chief rival                             | false
            Dreadful Sayings                        | false
            private email server                    | false
            the Farm Gazette reports                | false
            Senate Majority Leader                  | true
            Rep., R-Pa.                             | true
            Democratic rival                        | true
            a close friend of the Voss family       | true
            Okafor’s longtime friend                | true
            Republican                              | true
            retired neurosurgeon                    | true
            a broker based in Dover                 | true
            director of the Farm Institute          | true
            """)
    void keepsOnlyRoleShapedPhrases(String role, boolean kept) {
        assertThat(RoleShape.personRole(role)).isEqualTo(kept);
    }
}
