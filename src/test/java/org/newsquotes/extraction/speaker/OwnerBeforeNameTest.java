package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A possessive owner before a person's name is no part of it ("Ohio’s Ann Voss"); the name of an owner
 * before a lone surname is resolved through the full name the article writes.
 */
class OwnerBeforeNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ohio’s Ann Voss              | Ann Voss
            the Farm Institute's Tom Lind | Tom Lind
            Orbitz’s Nadia Pell          | Nadia Pell
            """)
    void ownerIsNoPartOfTheName(String phrase, String name) {
        Mention m = SieveFixtures.mention("Later " + phrase + " said so.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(SpeakerKind.PERSON);
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tom Lind runs a farm. The Farm Institute’s Lind said no.        | Farm Institute’s Lind | Tom Lind
            Unbowed Lind wins.\\nTom Lind spoke. Unbowed Lind is not unbowed. | Unbowed Lind          | Tom Lind
            Dena Lind spoke. Alan Lind spoke. Then Dena Lind said no.       | Dena Lind             | Dena Lind
            """)
    void resolvesThroughTheFullName(String text, String phrase, String expected) {
        String t = text.replace("\\n", "\n");
        int at = t.lastIndexOf(phrase);
        Mention m = MentionParser.parse(t,
                org.newsquotes.extraction.text.Tokenizer.tokenize(t, at, at + phrase.length(), false), null);
        Speaker s = new FullNameSieve().resolve(m, SieveFixtures.discourse(t));
        assertThat(s.name()).isEqualTo(expected);
    }
}
