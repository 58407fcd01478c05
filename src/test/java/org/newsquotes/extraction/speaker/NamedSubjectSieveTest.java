package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class NamedSubjectSieveTest {

    private static final String SPEAKER = "Tomas Okafor";

    /** {@code text} opens with a sentence in which Tomas Okafor is the recorded speaker. */
    private static Speaker resolve(String text, String pronoun) {
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker(SPEAKER, SpeakerKind.PERSON, SPEAKER, null), SieveFixtures.mention(text, SPEAKER));
        return new NamedSubjectSieve().resolve(SieveFixtures.mention(text, pronoun), d);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tomas Okafor said the vote was close. Ann Voss, a nurse, then went on the radio. “It was,” she said. | she | Ann Voss
            Tomas Okafor said the vote was close. At the rally, Mary Lind asked a question. “Why?” she said. | she | Mary Lind
            Tomas Okafor said the vote was close. Mr. Brandt disagreed. “It was not,” he said. | he | Brandt
            Tomas Okafor said the vote was close. Later, state senator Paul Hinds called it a mistake. “No,” he said. | he | Paul Hinds
            Tomas Okafor said the vote was close. The count was criticised by Paul Hinds. “No,” he said. | he | Paul Hinds
            Tomas Okafor said the vote was close. The plan was sharply rejected by Sen. Paul Hinds, a farmer. “No,” he said. | he | Paul Hinds
            """)
    void aNewlyNamedSubjectTakesThePronoun(String text, String pronoun, String expected) {
        assertThat(resolve(text, pronoun).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tomas Okafor said the vote was close. He thanked Ann Voss for her work. “It was,” he said. | he
            Tomas Okafor said the vote was close. Ann Voss’s campaign agreed. “It was,” she said. | she
            Tomas Okafor said the vote was close and Ann Voss lost. “It was,” she said. | she
            Tomas Okafor said the vote was close. Paul Hinds agreed. “It was,” she said. | she
            Tomas Okafor said Paul Hinds agreed. “It was,” he said. | he
            Tomas Okafor said the vote was close. He was joined by Paul Hinds and others. “It was,” he said. | he
            Tomas Okafor said the vote was close. He stood by Paul Hinds. “It was,” he said. | he
            Tomas Okafor met Anna Kerr, Paul Hinds, and Ann Voss. “It was,” she said. | she
            Paul Hinds spoke first. Tomas Okafor said the vote was close. “It was,” he said. | he
            Tomas Okafor said “Ann Voss agreed with me.” Then, “It was,” he said. | he
            """)
    void otherwisePasses(String text, String pronoun) {
        assertThat(resolve(text, pronoun)).isNull();
    }
}
