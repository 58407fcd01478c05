package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/** {@link SubjectPosition}: whether the run "Ann Voss" stands as the subject of its sentence or clause. */
class SubjectPositionTest {

    @ParameterizedTest(name = "{0}: subject {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ann Voss came.                                      | true
            Ann Voss, a nurse, came.                            | true
            Later, Ann Voss came.                               | true
            Then state senator Ann Voss came.                   | true
            Ann Voss (D-Ore.) came.                             | true
            Later, challenger Ann Voss came.                    | true
            In a memo, Okafor campaign manager Ann Voss agreed. | true
            Lind left; Ann Voss stayed.                         | true
            Tennis great Ann Voss came.                         | true
            They met challenger Ann Voss.                       | false
            They met Ann Voss, and left.                        | false
            They met Paul Hinds and Ann Voss today.             | false
            Ann Voss spokesman Bo Dyer came.                    | false
            One local nurse, Ann Voss, stopped him.             | true
            Rain fell. A tired voter, Ann Voss, waved.          | true
            They met one nurse, Ann Voss, today.                | false
            One local nurse, Ann Voss, Bo Dyer and others came. | false
            Of the two, one nurse, Ann Voss, stayed.            | false
            Okafor’s wife, Ann Voss, hurled a chair.            | true
            His wife, Ann Voss, came.                           | true
            They met Okafor’s wife, Ann Voss, today.            | false
            Okafor’s wife, Ann Voss, Bo Dyer and others came.   | false
            """)
    void nameRunAsSubject(String text, boolean subject) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length(), false);
        int i = 0;
        while (!tokens.get(i).is("ann")) {
            i++;
        }
        assertThat(SubjectPosition.holds(text, tokens, i, i + 2)).isEqualTo(subject);
    }
}
