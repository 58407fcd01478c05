package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

class SentenceSubjectTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Marlowe has long decried the                               | Marlowe
            On Monday, Rita Marlowe pushed her plan for                | Rita Marlowe
            Marlowe, clearly annoyed, pointed at the                   | Marlowe
            Rita Marlowe, who once ran a bakery, plainly meant         | Rita Marlowe
            In the end, nothing came of the                            | NULL
            As the long queue at the bakery grew past the corner and down the hill, Marlowe decried the | Marlowe
            In the call, Ohio Rep. Sam Okafor, who was elected in the wave of 2010, casts the plan as | Sam Okafor
            Tom Okafor, Sam's father, issued a statement, saying the bakery                    | Tom Okafor
            Speaking at a town hall in Salem, Ohio, Marlowe went after Okafor, calling him     | Marlowe
            Filling in for Okafor at the same fair on Sunday, Marlowe landed a dig at        | Marlowe
            Tom Okafor — a teacher from Akron — says he made a late choice and that            | Tom Okafor
            Leading candidate Rita Marlowe is questioning whether the mayor would have gone    | Rita Marlowe
            At the board's meeting in Salem last summer, party Chairman Sam Okafor fairly scolded the | Sam Okafor
            Former teacher and town Mayor Sam Okafor, who backs Marlowe, trashed the plan on the | Sam Okafor
            Former teacher Sam Okafor, who backs Marlowe, trashed the plan on the              | Sam Okafor
            Doing so appeared to be an attempt to poison the                                   | NULL
            But to give you a sense of the mood at the fair, Rita Marlowe went on to praise the | Rita Marlowe
            To be fair to the bakers of the old town in Salem, the plan was the                | NULL
            The board told Sam Okafor to drop the                                              | NULL
            Town voters in Salem are wary of the                                               | NULL
            After his rally in Oak Park, Illinois he pushed the point further with the             | he
            After his rally in Oak Park, Illinois they pushed the point further with the           | NULL
            After his rally in Oak Park, Illinois the candidate pushed the point further with the  | NULL
            After his rally, Marlowe pushed the point further with the                              | Marlowe
            Long before the vote, the plan was the                                             | NULL
            Shortly after the vote, the plan was the                                           | NULL
            Long said the plan was                                                             | Long
            Long, the senator, said the plan was                                               | Long
            """)
    void findsNamedSubject(String sentence, String expected) {
        Attribution a = new SentenceSubject(sentence).of(Tokenizer.tokenize(sentence, 0, sentence.length(), false));
        if (expected == null) {
            assertThat(a).isNull();
        } else {
            assertThat(a).isNotNull();
            assertThat(a.source().name()).isEqualTo(expected);
        }
    }
}
