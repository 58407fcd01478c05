package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;

class FullNameSieveTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sam A. Greene spoke first. Then Sam Greene said no.       | Sam Greene             | Sam A. Greene
            NATO Secretary General Jens Stoltenberg said no.          | Jens Stoltenberg       | Jens Stoltenberg
            Julianne Smith spoke. Then Anna Smith said no.            | Anna Smith             | Anna Smith
            """)
    void keepsFullestFormFirstWritten(String text, String phrase, String expected) {
        int at = text.lastIndexOf(phrase);
        Mention m = MentionParser.parse(text,
                org.newsquotes.extraction.text.Tokenizer.tokenize(text, at, at + phrase.length(), false), null);
        Speaker s = new FullNameSieve().resolve(m, SieveFixtures.discourse(text));
        assertThat(s.name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Smith", "he"})
    void passesOnSingleWords(String phrase) {
        String text = "Then " + phrase + " said so.";
        assertThat(new FullNameSieve().resolve(SieveFixtures.mention(text, phrase), SieveFixtures.discourse(text)))
                .isNull();
    }
}
