package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.SpeakerKind;

/** A lone ordinary word opening a sentence is read as no person; surnames with other endings stay persons. */
class OpenerWordMentionTest {

    @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Optimism is high among the young.          | Optimism  | ANONYMOUS
            Something about the “optics” bothered him. | Something | ANONYMOUS
            Generous benefits were “promised” there.   | Generous  | ANONYMOUS
            Unless rivals quit, “it is over.”          | Unless    | ANONYMOUS
            Hannity called it “a sham.”                | Hannity   | PERSON
            Husted called it “a sham.”                 | Husted    | PERSON
            Boreing called it “a sham.”                | Boreing   | PERSON
            Connolly called it “a sham.”               | Connolly  | PERSON
            """)
    void readsOpeners(String text, String word, SpeakerKind kind) {
        assertThat(SieveFixtures.mention(text, word).kind()).isEqualTo(kind);
    }
}
