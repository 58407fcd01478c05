package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;

class TitleRubricSieveTest {

    private static Speaker resolve(String text, String label) {
        return new TitleRubricSieve().resolve(SieveFixtures.mention(text, label), SieveFixtures.discourse(text));
    }

    /** A title label the body never writes again is nobody: the mention stays, the name goes. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Friday’s Evening Brief: Tolls Rise on the Vell Bridge\\n\\nThe toll rises on Friday, the board said. | Friday’s Evening Brief
            The Back Bench: Mayor Quits Over Tolls\\n\\nMayor Ann Voss quit on Monday.                        | The Back Bench
            Whoa: Council Votes Down the Budget\\n\\nThe council voted 5-4 against it.                         | Whoa
            Poll: Voss Leads in Dunmoor\\n\\nA new poll shows Voss ahead by six points.                        | Poll
            """)
    void rubricIsNobody(String text, String label) {
        Speaker s = resolve(text.replace("\\n", "\n"), label);
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.mention()).isEqualTo(label);
    }

    /**
     * A source the body names again, an acronym, a label opening with a given name, or no title label at all (a
     * text of one line has no title).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tom Okafor: Tolls Are Too High\\n\\nOkafor spoke in Dunmoor on Monday.                            | Tom Okafor
            Senator Okafor: Tolls Are Too High\\n\\nThe senator, Tom Okafor, spoke on Monday.                 | Senator Okafor
            VP: Fund the Bridge Now\\n\\nThe VP wrote to the board.                                           | VP
            Ann Voss: I Will Not Run Again\\n\\nThe mayor of Dunmoor will step down.                          | Ann Voss
            Tolls rise\\n\\nOkafor: the tolls are too high.                                                    | Okafor
            Okafor Warns of Toll Rise\\n\\nOkafor spoke on Monday.                                            | Okafor
            Whoa: the tolls are too high, and the board knows it.                                         | Whoa
            """)
    void namedSourcePasses(String text, String label) {
        assertThat(resolve(text.replace("\\n", "\n"), label)).isNull();
    }
}
