package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a capital "The" stands inside a sentence (a title such as "The Ledger") or opens one. */
class MidSentenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “It is over,” The Ledger said.       | true
            But as The Ledger put it              | true
            “Why not?” The Ledger asked.          | true
            It is over. The Democrat said         | false
            He called it “over.” The Democrat said | false
            The Democrat said                     | false
            """)
    void capitalThe(String text, boolean expected) {
        assertThat(MentionParser.midSentence(text, text.indexOf("The "))).isEqualTo(expected);
    }
}
