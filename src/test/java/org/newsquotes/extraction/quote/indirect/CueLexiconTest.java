package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lookups in the shipped cue lexicon: exact normalised words, every listed word found with its own entry. */
class CueLexiconTest {

    private static final CueLexicon CUES = CueLexicon.defaultLexicon();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            said     | true
            told     | true
            argued   | true
            Said     | false
            said.    | false
            harbour  | false
            ferry    | false
            """)
    void findsCueWords(String norm, boolean cue) {
        CueLexicon.Entry e = CUES.get(norm);
        assertThat(e != null).isEqualTo(cue);
        if (cue) {
            assertThat(e.word()).isEqualTo(norm);
            assertThat(e.reliability()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void everyListedWordHasItsEntry() throws IOException {
        int words = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CueLexicon.class.getResourceAsStream("cues.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String word = line.substring(0, line.indexOf('\t'));
                    assertThat(CUES.get(word)).as(word).isNotNull().extracting(CueLexicon.Entry::word).isEqualTo(word);
                    words++;
                }
            }
        }
        assertThat(words).isGreaterThan(100);
    }
}
