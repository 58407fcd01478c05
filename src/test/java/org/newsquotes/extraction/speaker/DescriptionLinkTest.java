package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A definite description written as a source ("the former president") names the person standing as a subject
 * just before it, when genders agree; then a following "he" or "she" is that person, not an older speaker.
 */
class DescriptionLinkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Okafor’s husband, Bill, spoke on Sunday. But the former president stayed calm.     | the former president | Bill
            Ann Voss spoke on Sunday. The senator said no.                                          | The senator          | Ann Voss
            Rain fell. Tom Hinds spoke at the fair, and the farm inspector said no.                 | the farm inspector   | NULL
            Tom Voss spoke on Sunday. The spokeswoman said no.                                      | The spokeswoman      | NULL
            Ann Voss spoke on Sunday. Rain fell all day. The senator said no.                       | The senator          | NULL
            They met Ann Voss on Sunday. The senator said no.                                       | The senator          | NULL
            Ann Voss spoke on Sunday. The board said no.                                            | The board            | NULL
            """)
    void descriptionNamesThePrecedingSubject(String text, String description, String expected) {
        Discourse d = SieveFixtures.discourse(text);
        Mention m = SieveFixtures.mention(text, description);
        Speaker s = new Speaker(m.name(), m.kind(), m.text(), m.span());
        assertThat(DescriptionLink.person(s, m, d)).isEqualTo(expected);
    }

    /** Sentences naming nobody, which put the pronoun farther from "Bill" than a named subject is looked for. */
    private static final String FAR = " The fair ran late into the night, with music, food stalls and games on every"
            + " corner of the grounds. The rain held off until the very last hour. The stalls sold corn, pies, jam"
            + " and cider to the very end. The music went on past midnight, and the crowd stayed to the last song."
            + " The grounds were swept clean by the next morning, and the tents came down by noon that day.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            But the former president stayed calm. | the former president | Bill
            But the crowd stayed calm.            | NONE                 | Tom Hinds
            """)
    void pronounAfterTheDescriptionGoesToItsPerson(String middle, String description, String expected) {
        String text = "“It is absurd,” campaign manager Tom Hinds said. Okafor’s husband, Bill, spoke on Sunday. "
                + middle + FAR + " “Careful,” he said.";
        Discourse d = SieveFixtures.discourse(text);
        SpeakerResolver resolver = new SpeakerResolver();
        resolver.resolve(SieveFixtures.mention(text, "campaign manager Tom Hinds"), d);
        if (!description.equals("NONE")) {
            resolver.resolve(SieveFixtures.mention(text, description), d);
        }
        int he = text.lastIndexOf(" he said") + 1;
        Mention pronoun = MentionParser.parse(text,
                org.newsquotes.extraction.text.Tokenizer.tokenize(text, he, he + 2, false), null);
        assertThat(resolver.resolve(pronoun, d).name()).isEqualTo(expected);
    }
}
