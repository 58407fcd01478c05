package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            He said “we will win” today.       | win   | true
            He said “we will win” today.       | today | false
            He said "we will win" today.       | will  | true
            He said ''we will win'' today.     | will  | true
            He said ''we will win'' today.     | today | false
            It was Smith’s plan all along.     | plan  | false
            “An open quote runs on\\n\\nNext one | Next | false
            She called them “pirates“ and left. | left  | false
            She called them “pirates“ and left. | pirates | true
            He said “we “will” win” today.     | today | false
            """)
    void marksQuotedCharacters(String raw, String word, boolean quoted) {
        String text = raw.replace("\\n", "\n");
        QuoteMask mask = QuoteMask.of(text);

        assertThat(mask.inside(text.indexOf(word))).isEqualTo(quoted);
    }
}
