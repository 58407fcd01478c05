package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * A recorded speaker that is only the subject of a sentence-opening subordinate clause ("When Okafor pointed
 * out …, Hinds sighed.") yields "he"/"she" to the main clause's named subject ({@link NamedSubjectSieve},
 * {@link TextCues#opensSubordinateClause}).
 */
class SubordinateClauseSpeakerTest {

    private static Speaker resolve(String text) {
        Discourse d = SieveFixtures.discourse(text);
        Mention m = SieveFixtures.mention(text, "Tomas Okafor");
        d.note(new Speaker("Tomas Okafor", SpeakerKind.PERSON, m.text(), m.span()), m);
        int he = text.lastIndexOf(" he ") + 1;
        return new NamedSubjectSieve().resolve(MentionParser.parse(text, Tokenizer.tokenize(text, he, he + 2, false),
                null), d);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            When Tomas Okafor pointed out the cost, Paul Hinds sighed. “Yes,” he said.          | Paul Hinds
            It rained. While Tomas Okafor argued about it, Paul Hinds left. “No,” he said.      | Paul Hinds
            """)
    void theMainClauseSubjectTakesThePronoun(String text, String expected) {
        assertThat(resolve(text).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tomas Okafor pointed out the cost, and Paul Hinds sighed. “Yes,” he said.
            It rained when Tomas Okafor argued, as Paul Hinds left. “No,” he said.
            """)
    void otherwisePasses(String text) {
        assertThat(resolve(text)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            When Okafor spoke, Hinds left.          | true
            It rained. After Okafor spoke, he left. | true
            It rained after Okafor spoke.           | false
            Okafor spoke when asked.                | false
            """)
    void opensSubordinateClause(String text, boolean expected) {
        assertThat(new TextCues(text).opensSubordinateClause(text.indexOf("Okafor"))).isEqualTo(expected);
    }
}
