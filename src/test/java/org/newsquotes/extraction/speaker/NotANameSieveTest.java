package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class NotANameSieveTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            September came early. September said nothing.                  | September | NULL      | PERSON
            That’s odd. That’s what the clerk said.                         | That’s    | NULL      | PERSON
            Protesters said no. Some protesters stayed home.                | Protesters | Protesters | GROUP
            Following orders, following the rules. Following said yes.      | Following | NULL      | PERSON
            The vote was held on Friday and nobody objected.                | on Friday | NULL      | PERSON
            Hastily leaving the hall, he shrugged. Hastily said it all.     | Hastily   | NULL      | PERSON
            Beyond the hall nobody waited. Beyond said so.                  | Beyond    | NULL      | PERSON
            One voter said yes. Another said no.                            | Another   | Another   | ANONYMOUS
            Some voters said yes. Others said no.                           | Others    | Others    | GROUP
            Frustrations grew. Sincerity faded. Sincerity said little.      | Sincerity | NULL      | PERSON
            Decisive as ever, the host smiled. Decisive said yes.           | Decisive  | NULL      | PERSON
            Echoing the mayor, the clerk agreed. Echoing said so.           | Echoing   | NULL      | PERSON
            Frustrations boiled over. Frustrations said no.                 | Frustrations | Frustrations | ANONYMOUS
            The program grew. Programs said yes.                            | Programs  | Programs  | GROUP
            Democrats said no. Democrats said it again.                     | Democrats | Democrats | GROUP
            Someone said no. Someone said it again.                         | Someone   | Someone   | ANONYMOUS
            Second, the fee rose. Second said nothing else.                 | Second    | NULL      | PERSON
            """)
    void rejectsOrdinaryWords(String text, String phrase, String expected, SpeakerKind kind) {
        Mention m = SieveFixtures.mention(text, phrase);
        Speaker s = new NotANameSieve().resolve(m, SieveFixtures.discourse(text));
        assertThat(s).isNotNull();
        assertThat(s.name()).isEqualTo(expected);
        assertThat(s.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{1} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            Please hear us out. Please said we asked.                       | Please
            Once, they left early. Once said so.                            | Once
            Had the plan worked, we would know. Had said it.                | Had
            """)
    void auxiliaryOrImperativeIsNoName(String text, String phrase) {
        Mention m = SieveFixtures.mention(text, phrase);
        Speaker s = new SpeakerResolver().resolve(m, SieveFixtures.discourse(text));
        assertThat(s == null || s.name() == null).isTrue();
    }

    @ParameterizedTest(name = "{1} passes")
    @CsvSource(delimiter = '|', textBlock = """
            Ambassador Julianne Smith spoke first. Later Smith said no.     | Smith
            Nobody else is named here. Later Marlowe said no.               | Marlowe
            Nobody else is named here. Later Rita Marlowe said no.          | Rita Marlowe
            Nobody else is named here. Kimberly said no.                    | Kimberly
            Reporters asked Daly first. Daly said no.                       | Daly
            Reporters asked Ann Long first. Long said no.                   | Long
            Reporters asked Fleming first. Fleming said no.                 | Fleming
            The wins piled up. Wines said no.                               | Wines
            Al From founded the club. From said no.                         | From
            """)
    void leavesNamesAlone(String text, String phrase) {
        Mention m = SieveFixtures.mention(text, phrase);
        assertThat(new NotANameSieve().resolve(m, SieveFixtures.discourse(text))).isNull();
    }
}
