package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Tokenizer;

class GenderContrastSieveTest {

    private static final String SPEAKER = "Ada Kerr";

    /** {@code text} opens with a sentence in which Ada Kerr is the recorded speaker; the last pronoun resolves. */
    private static Speaker resolve(String text, String pronoun) {
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker(SPEAKER, SpeakerKind.PERSON, SPEAKER, null), SieveFixtures.mention(text, SPEAKER));
        int at = text.lastIndexOf(pronoun + " ");
        Mention m = MentionParser.parse(text, Tokenizer.tokenize(text, at, at + pronoun.length(), false), null);
        return new GenderContrastSieve().resolve(m, d);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ada Kerr spoke first. Later Paul Hinds kept his wife, Nina, off the list. She signed a pledge. | She | Nina
            Ada Kerr spoke first. Then Mr. Brandt thanked Mary Lind for the cake. She smiled at him. | She | Mary Lind
            Ada Kerr spoke first. Then Mr. Brandt thanked Mary Lind for the cake. At noon she left. | she | Mary Lind
            """)
    void theOnePersonOfThatGenderInTheSentenceBefore(String text, String pronoun, String expected) {
        assertThat(resolve(text, pronoun).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ada Kerr spoke first. Later Ann Voss thanked Mary Lind for the cake. She smiled at him. | She
            Ada Kerr spoke first. Later Paul Hinds thanked Mary Lind and Ann Voss. She smiled at him. | She
            Ada Kerr spoke first. Paul Hinds thanked Ada Kerr for the cake. She smiled at him. | She
            Ada Kerr spoke first. The mayor thanked Mary Lind for the cake. She smiled at him. | She
            Ada Kerr spoke first. Later Paul Hinds thanked Mary Lind for the cake, and she smiled. | she
            Ada Kerr spoke first. Later Paul Hinds thanked Mary Lind for the cake. He smiled at her. | He
            """)
    void otherwisePasses(String text, String pronoun) {
        assertThat(resolve(text, pronoun)).isNull();
    }
}
