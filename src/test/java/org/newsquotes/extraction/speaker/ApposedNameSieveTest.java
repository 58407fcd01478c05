package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;

/** "He"/"she" in the sentence that introduces a person with an apposition. */
class ApposedNameSieveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Okafor spoke first.\\nThe latest backer is Rep. Tom Voss, the Ohio congressman who drew notice when he yelled. | Tom Voss
            Okafor spoke first.\\nThe owner of the club, Tom Voss, faced protests over his plan.                           | Tom Voss
            Okafor spoke first.\\nThe owner of the club, Ann Voss, faced protests, and he left.                            | -
            Okafor spoke first.\\nThey met Tom Voss, the mayor. Later he left.                                            | -
            """)
    void pronounInTheIntroducingSentence(String text, String expected) {
        String t = text.replace("\\n", "\n");
        Discourse d = SieveFixtures.discourse(t);
        SpeakerResolver r = new SpeakerResolver();
        r.resolve(SieveFixtures.mention(t, "Okafor"), d);
        String pronoun = t.contains(" his ") ? "his" : "he";
        int at = t.lastIndexOf(" " + pronoun + " ") + 1;
        Mention m = MentionParser.parse(t, org.newsquotes.extraction.text.Tokenizer.tokenize(t, at,
                at + pronoun.length(), false), null);
        Speaker s = new ApposedNameSieve().resolve(m, d);
        assertThat(s == null ? null : s.name()).isEqualTo(expected);
    }
}
