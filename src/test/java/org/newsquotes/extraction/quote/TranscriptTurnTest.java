package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * In a transcript quoted paragraph by paragraph, an unlabelled paragraph carries on the turn above it: the next
 * speaker label ("OKAFOR: …") names its own turn only.
 */
class TranscriptTurnTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Transcript as follows:\\n\\n"OKAFOR: Will you be there?\\n\\n"LEE: I will not. It is noise.\\n\\n"And people know it.\\n\\n"OKAFOR: Thank you."       | 2 | 1
            Transcript as follows:\\n\\n"OKAFOR: Will you be there?\\n\\n"LEE: I will not. It is noise.\\n\\n"And people know it.\\n\\n"OKAFOR: Thank you. Bye." | 2 | 1
            """)
    void unlabelledParagraphContinuesTheTurnAbove(String text, int unlabelled, int turn) {
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text.replace("\\n", "\n")), false).detect();
        assertThat(found.get(unlabelled).source()).isNull();
        assertThat(found.get(unlabelled).inheritFrom()).isEqualTo(turn);
    }
}
