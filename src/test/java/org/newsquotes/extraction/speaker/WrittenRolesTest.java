package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

class WrittenRolesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Rick Voss, the director of the Farm Institute, joined. Voss said so.           | the director of the Farm Institute
            Farm Institute director Rick Voss joined the board. Voss said so.              | Farm Institute director
            The talks with former secretary of state Rick Voss ended. Voss said so.        | former secretary of state
            Party poll leader Rick Voss spoke. Voss said so.                               | Party poll leader
            Rick Voss, a farmer from Salem, spoke. Voss said so.                          | a farmer from Salem
            Rick Voss, who runs the Farm Institute, spoke. Voss said so.                  | -
            Rick Voss, the plan is dead for now, he said. Voss said so.                    | -
            The column writes Rick Voss off. Voss said so.                                 | -
            Farm Chief Praises Rick Voss. Voss said so.                                    | -
            Rick Voss spoke. Voss said so.                                                 | -
            For years he was the best friend Rick Voss hoped to have. Voss said so.        | -
            It was former farm secretary Rick Voss who spoke. Voss said so.                | former farm secretary
            Crops will fail, said Rick Voss, a soil scientist at Lund College. Voss said so. | a soil scientist at Lund College
            Rick Voss, director of the Farm Institute, spoke. Voss said so.               | director of the Farm Institute
            Rick Voss, 61, a farmer from Salem, spoke. Voss said so.                      | a farmer from Salem
            Rick Voss, 61, of Salem, Ore., a grain trader, spoke. Voss said so.           | a grain trader
            Rick Voss, 61, of Salem, spoke. Voss said so.                                 | -
            Rick Voss, farmer expecting rain. Voss said so.                               | -
            “They talk of Rick Voss, a liar. So be it,” he said. Voss said so.             | -
            “They pick on Rick Voss, whether he likes it or not,” he said. Voss said so.   | -
            Rick Voss, Lund's farm director, spoke. Voss said so.                         | Lund's farm director
            Rick Voss, its chief economist, spoke. Voss said so.                          | its chief economist
            The board heard the institute's director, Rick Voss, on Friday. Voss said so. | institute's director
            Crops will fail, said Lund's farm director, Rick Voss. Voss said so.          | Lund's farm director
            In a note to the director, Rick Voss said no. Voss said so.                   | -
            It praised the face of the farm lobby, Rick Voss, at length. Voss said so.    | -
            She came with her husband, Rick Voss, to the fair. Voss said so.              | -
            The board met its lawyer, Rick Voss, on Friday. Voss said so.                 | lawyer
            They hired this year's host, Rick Voss, on Friday. Voss said so.              | -
            Prices rose, said Rick Voss, a grain trader in Salem who sold early. Voss said so. | a grain trader in Salem
            """)
    void readsTheFirstWrittenRole(String text, String role) {
        WrittenRoles roles = new WrittenRoles(text, Tokenizer.tokenize(text, 0, text.length(), false));
        assertThat(roles.roleOf("Rick Voss")).isEqualTo(role);
    }
}
