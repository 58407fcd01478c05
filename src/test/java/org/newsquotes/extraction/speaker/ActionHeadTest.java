package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A phrase headed by an action noun names no source; people, bodies and documents still do. */
class ActionHeadTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The effort on NATO                          | false
            the move by the harbour board               | false
            a push for talks                            | false
            The shift                                   | false
            The former mayor, who dropped his bid for office | true
            the report on ferries                       | true
            the head of the harbour board               | true
            Ann Voss                                    | true
            a spokesman for the board                   | true
            """)
    void actionSpeaksForNoOne(String phrase, boolean source) {
        Mention m = SieveFixtures.mention("So " + phrase + " responds to the warning.", phrase);
        assertThat(m != null).isEqualTo(source);
    }
}
