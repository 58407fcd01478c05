package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A verb missing from the cue lexicon right after a quote ending in , ? or ! still attributes it to a name. */
class UnlistedCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            “This bread is perfect!” beamed Rita Marlowe of Akron.          | Rita Marlowe
            “Who ordered the rye?” Marlowe grumbled on Tuesday.             | Marlowe
            “Who ordered the rye?” she grumbled.                            | she
            “Fresh bread,” reads the sign above the Marlowe bakery door.    | NULL
            """)
    void attributesAfterTheQuote(String text, String expected) {
        Finding f = QuoteSources.firstFinding(text);
        if (expected == null) {
            assertThat(f.source() == null || !f.source().name().contains("Marlowe")).isTrue();
        } else {
            QuoteSources.assertSourceName(f, expected);
        }
    }
}
