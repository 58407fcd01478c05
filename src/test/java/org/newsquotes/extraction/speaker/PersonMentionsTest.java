package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

class PersonMentionsTest {

    private static PersonMentions.Named last(String text, Gender g, boolean subjectsOnly) {
        return new PersonMentions(text, Tokenizer.tokenize(text, 0, text.length(), false))
                .lastBefore(text.length(), 0, g, subjectsOnly);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ann Voss came.                                          | FEMALE | Ann Voss
            Sen. Ann Voss came.                                     | FEMALE | Ann Voss
            Ann Voss came. Later Voss left.                         | FEMALE | Ann Voss
            Ms. Lind came.                                          | FEMALE | Lind
            Ann Voss came. Mr. Voss left.                           | MALE   | Voss
            Paul Hinds came with Ann Voss.                          | MALE   | Paul Hinds
            Paul Hinds came. “Ann Voss,” he said.                   | FEMALE |
            Ann Voss’s car came.                                    | FEMALE |
            Zed Ogun came.                                          | MALE   |
            Jordan Ogun came.                                       | MALE   |
            The widow Terry Lind came.                              | FEMALE | Terry Lind
            The widow Terry Lind came.                              | MALE   |
            Ann Voss came. Then Sen. Voss left.                     | FEMALE | Ann Voss
            Jordan Ogun came home. She was tired.                   | FEMALE | Jordan Ogun
            Jordan Ogun came home. He was tired.                    | FEMALE |
            Jordan Ogun came home. The cat was tired.               | FEMALE |
            Ada Ogun came.                                          | FEMALE | Ada Ogun
            A farmer named Ann came by.                             | FEMALE | Ann
            A farmer named Ann came by.                             | MALE   |
            A farm named Zed came by.                               | MALE   |
            Ann came by.                                            | FEMALE |
            """)
    void namesWithKnownGenderOutsideQuotes(String text, Gender g, String expected) {
        PersonMentions.Named n = last(text, g, false);
        assertThat(n == null ? null : n.name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: subject {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ann Voss came.                                  | true
            Ann Voss, a nurse, came.                        | true
            Later, Ann Voss came.                           | true
            Then state senator Ann Voss came.               | true
            Later, Republican presidential nominee Ann Voss came. | true
            Ann Voss (D-Ore.) came.                         | true
            Democratic front-runner Ann Voss caused a stir. | true
            Later, challenger Ann Voss came.                | true
            They met challenger Ann Voss.                   | false
            They met Ann Voss.                              | false
            They met Ann Voss, and left.                    | false
            They met Paul Hinds, Ann Voss, and others.      | false
            They met Paul Hinds and Ann Voss today.         | false
            The Ann Voss Foundation came.                   | false
            Ann Voss spokesman Bo Dyer came.                | false
            In a memo, Okafor campaign manager Ann Voss agreed. | true
            They met Okafor campaign manager Ann Voss.      | false
            """)
    void subjects(String text, boolean subject) {
        assertThat(last(text, Gender.FEMALE, true) != null).isEqualTo(subject);
    }
}
