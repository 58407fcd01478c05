package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * {@link NamedSubjectSieve} when the latest agreeing speaker is written inside a sentence whose subject is
 * another named person: the subject takes the pronoun, unless the speaker is itself the subject of a verb.
 */
class SubjectOfSpeakersSentenceTest {

    /** Records Tomas Okafor where he is last written before the pronoun, then resolves the last "he". */
    private static Speaker resolve(String text) {
        Discourse d = SieveFixtures.discourse(text);
        int quote = text.lastIndexOf("“");
        int at = text.lastIndexOf("Okafor", quote);
        int start = text.lastIndexOf("Tomas Okafor", quote) == at - 6 ? at - 6 : at;
        Mention m = MentionParser.parse(text, Tokenizer.tokenize(text, start, at + 6, false), null);
        d.note(new Speaker("Tomas Okafor", SpeakerKind.PERSON, m.text(), m.span()), m);
        int he = text.lastIndexOf(" he ") + 1;
        return new NamedSubjectSieve().resolve(MentionParser.parse(text, Tokenizer.tokenize(text, he, he + 2, false),
                null), d);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Paul Hinds mocked the Tomas Okafor plan in an interview. “It was a lie,” he said.| Paul Hinds
            Tomas Okafor spoke. Paul Hinds thanked his wife and his aide, Tomas Okafor. “Yes,” he said. | Paul Hinds
            """)
    void theSubjectOfTheSpeakersSentenceTakesThePronoun(String text, String expected) {
        assertThat(resolve(text).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Paul Hinds was a good candidate, Okafor said. “He was smart,” he said.
            Paul Hinds was a good candidate, said Okafor. “He was smart,” he said.
            Paul Hinds called it “arbitrary.” Tomas Okafor, an aide, warned the party. “Yes,” he said.
            Paul Hinds met Tomas Okafor. They talked. Then it rained. “Yes,” he said.
            """)
    void otherwisePasses(String text) {
        assertThat(resolve(text)).isNull();
    }
}
