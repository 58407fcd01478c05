package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A marked passage inside an unmarked block after a colon lead-in takes the lead-in's speaker when it has no
 * attribution of its own or only a reporting verb of its sentence; a source beside its marks stays, and so does
 * every attribution when the lead-in follows another colon-ended paragraph (a stripped embed).
 */
class ColonBlockTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            verb in the block is the author's | The vote came late.\\n\\nRita Lee argued that:\\n\\nThe fee hurts. The council warned it is “a tax on the tide.” It must go.   | a tax on the tide. | Rita Lee
            no attribution of its own         | The vote came late.\\n\\nRita Lee argued that:\\n\\nWe pay for berths, for “salt damage on the ramps” and for fuel.          | salt damage        | Rita Lee
            list paragraphs of one block      | Rita Lee argued that:\\n\\n- The fee is high.\\n\\n- Boats pay for “salt damage on the ramps” twice over.                   | salt damage        | Rita Lee
            source beside the marks stays     | Rita Lee wrote:\\n\\nThe fee is high. “It is a tax on the tide,” Tom Okafor said.                                          | It is a tax        | Tom Okafor
            lead-in after a stripped embed    | Rita Lee posted a clip:\\n\\nTom Okafor replied:\\n\\nThe fee hurts. Sam Park warned it is “a tax on the tide.” It must go. | a tax on the tide. | Sam Park
            quote opening the paragraph       | Rita Lee wrote:\\n\\n“It is a tax on the tide,” Tom Okafor said.                                                           | It is a tax        | Tom Okafor
            """)
    void blockPassageSpeaker(String name, String text, String opening, String speaker) {
        String t = text.replace("\\n", "\n");
        List<Finding> found = new DirectQuoteDetector(new TextIndex(t), false).detect();
        Finding f = found.stream().filter(x -> x.content().of(t).startsWith(opening)).findFirst().orElseThrow();
        QuoteSources.assertSourceName(f, speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            dash list mark   | - The fee is high. | -
            star list mark   | * The fee is high. | *
            numbered         | 1. The fee is high. | 1.
            a word           | In the end, no.    | NULL
            article a        | A fee is high.     | NULL
            """)
    void listMark(String name, String paragraph, String expected) {
        assertThat(ColonBlock.bullet(paragraph, new org.newsquotes.extraction.Span(0, paragraph.length())))
                .isEqualTo(expected);
    }
}
