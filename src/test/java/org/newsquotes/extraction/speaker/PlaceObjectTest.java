package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.SpeakerKind;

/** A place after "from", "in", "at" … is not the person a source phrase names. */
class PlaceObjectTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a junior from Port Lanning             | a junior from Port Lanning   | ANONYMOUS
            a retiree in Carbury                   | a retiree in Carbury         | ANONYMOUS
            protest organizers in Carbury          | protest organizers in Carbury | GROUP
            The senator from Ohio                  | The senator                  | PERSON
            Okafor from Port Lanning               | Okafor                       | PERSON
            a quote from Mayor Ann Voss            | Ann Voss                     | PERSON
            Secretary of State Ann Voss            | Ann Voss                     | PERSON
            Jo Lee of the Farm Institute           | Jo Lee                       | PERSON
            """)
    void placeIsNoPerson(String phrase, String name, SpeakerKind kind) {
        Mention m = SieveFixtures.mention("So " + phrase + " said it.", phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.kind()).isEqualTo(kind);
    }
}
