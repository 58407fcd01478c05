package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence is the title, a paragraph's opening or inside a paragraph; {@code |} marks where it starts. */
class LinePlaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
            |Harbour Debate Turns Sour ~ TITLE
            Harbour Debate Turns Sour\\n\\n|HOLM: The deal was never going to pass. ~ PARAGRAPH
            Harbour Debate Turns Sour\\n  |HOLM: The deal was never going to pass. ~ PARAGRAPH
            The panel met on Monday. |HOLM: The deal was never going to pass. ~ INSIDE
            """)
    void placeOfASentence(String marked, LinePlace expected) {
        String text = marked.replace("\\n", "\n");
        int start = text.indexOf('|');
        assertThat(LinePlace.of(text.replace("|", ""), start)).isEqualTo(expected);
    }
}
