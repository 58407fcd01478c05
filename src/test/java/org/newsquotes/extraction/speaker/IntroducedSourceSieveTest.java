package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * {@link IntroducedSourceSieve}: a "he"/"she" right after its quote goes to a person the text has just
 * introduced in full with an apposition, unless another subject or the recorded speaker competes.
 */
class IntroducedSourceSieveTest {

    /** Records Tomas Okafor at his first naming, then resolves the last pronoun {@code pronoun} of the text. */
    private static Speaker resolve(String text, String pronoun) {
        String body = text.replace("/", "\n");
        Discourse d = SieveFixtures.discourse(body);
        Mention okafor = SieveFixtures.mention(body, "Tomas Okafor");
        d.note(new Speaker("Tomas Okafor", SpeakerKind.PERSON, okafor.text(), okafor.span()), okafor);
        int at = body.lastIndexOf(" " + pronoun + " ") + 1;
        Mention m = MentionParser.parse(body, Tokenizer.tokenize(body, at, at + pronoun.length(), false), null);
        return new IntroducedSourceSieve().resolve(m, d);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Tomas Okafor spoke first. The plan worries Paul Hinds, a farmer from Dover./“It is late,” he said. | he  | Paul Hinds
            Tomas Okafor spoke first. To Ann Voss, a nurse, the plan came too late./“We waited,” she said.    | she | Ann Voss
            """)
    void theIntroducedPersonTakesThePronoun(String text, String pronoun, String expected) {
        assertThat(resolve(text, pronoun).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tomas Okafor spoke first. The plan worries Paul Hinds, a farmer. Later he said it was late.      | he
            Tomas Okafor spoke first. Asked about Paul Hinds, a farmer, Lind demurred./“No,” he said.        | he
            Tomas Okafor spoke first. Then Okafor thanked Paul Hinds, a farmer, on Monday./“Yes,” he said.   | he
            Paul Hinds, a farmer, waved. Tomas Okafor spoke. Okafor met Paul Hinds, the farmer./“Yes,” he said. | he
            Tomas Okafor spoke first. The farm lies in Lee County, near the coast./“Yes,” he said.           | he
            Tomas Okafor spoke first. The plan worries Paul Hinds, a farmer from Dover./“It is late,” she said. | she
            """)
    void otherwisePasses(String text, String pronoun) {
        assertThat(resolve(text, pronoun)).isNull();
    }
}
