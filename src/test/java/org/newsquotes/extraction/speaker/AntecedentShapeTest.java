package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Tokenizer;

/** Which one-word and possessive-shaped speakers {@link Discourse#lastPersonEntry} keeps for "he"/"she". */
class AntecedentShapeTest {

    @ParameterizedTest(name = "{0}: he -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Dmitry Peskov spoke. Okafor openly admitted it. “We lost,” he said.                  | Okafor  | Okafor
            Dmitry Peskov spoke. Okafor defied the question. “We lost,” he said.                 | Okafor  | Okafor
            Dmitry Peskov spoke. Okafor says it. “We lost,” he said.                             | Okafor  | Okafor
            Dmitry Peskov spoke. Okafor great as ever. “We lost,” he said.                       | Okafor  | Dmitry Peskov
            Dmitry Peskov spoke, “he is a savage.”\\n\\nCome again? “We lost,” he said.            | Come    | Dmitry Peskov
            Dmitry Peskov spoke about how to come back. Come visited. “We lost,” he said.        | Come    | Dmitry Peskov
            Dmitry Peskov spoke. The office of State's Undersecretary wrote. “We lost,” he said. | State's Undersecretary | Dmitry Peskov
            Dmitry Peskov spoke. Then Ohio's Sam Greene wrote. “We lost,” he said.               | Ohio's Sam Greene      | Ohio's Sam Greene
            Dmitry Peskov spoke. Then Nobody said, “Okafor!” Okafor replied. “We lost,” he said.  | Okafor  | Okafor
            Dmitry Peskov spoke. Then Al Qaeda claimed the raid. “We lost,” he said.            | Al Qaeda | Dmitry Peskov
            """)
    void shapeOfTheLatestSpeaker(String text, String latest, String expected) {
        text = text.replace("\\n", "\n");
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("Dmitry Peskov", SpeakerKind.PERSON, "Dmitry Peskov", null),
                SieveFixtures.mention(text, "Dmitry Peskov"));
        int at = text.lastIndexOf(latest, text.indexOf("“We lost"));
        d.note(new Speaker(latest, SpeakerKind.PERSON, latest, null), mentionAt(text, latest, at));
        assertThat(new PronounSieve().resolve(mentionAt(text, "he", text.lastIndexOf(" he ") + 1), d)
                .name()).isEqualTo(expected);
    }

    private static Mention mentionAt(String text, String phrase, int at) {
        return MentionParser.parse(text, Tokenizer.tokenize(text, at, at + phrase.length(), false), null);
    }
}
