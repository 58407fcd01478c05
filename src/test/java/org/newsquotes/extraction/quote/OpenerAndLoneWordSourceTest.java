package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle opening the sentence ("Continuing to explain …", "Doing so …") is not the source; a single
 * capitalised word between a quote and its closing reporting verb is, even when it is an ordinary word
 * ("From said", "Will wrote"); sentence adverbs and number words opening a sentence are not part of a name;
 * two roles joined by "and" before a name belong to that one person; an organisation inside a chain of
 * appositives after a name ("Jo Lee, chairman of Green Acres, the town's funding arm, said") is not the source;
 * a short quoted modifier inside an aside ("wearing “Lee” pins") does not cut the attribution after a quote.
 */
class OpenerAndLoneWordSourceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Continuing to explain his view, Okafor said the plan was “a bad deal for the town.”                         | Okafor
            Continuing to explain his view, Okafor rejected the idea, saying that if he "found something bad, I would fix it." | Okafor
            Citing the new survey, Marlowe said the fair was “a big success.”                                           | Marlowe
            Manning also called the plan “a bad deal.”                                                                  | Manning
            Manning said the plan was “a bad deal.”                                                                     | Manning
            Okafor was angry at the board. Doing so ”was an attempt to poison the vote.”                                | NULL
            Therefore Okafor called the plan “a bad deal for the town.”                                                 | Okafor
            Yes, Okafor said the plan was “a bad deal for the town.”                                                    | Okafor
            “It is a bad deal,” From said.                                                                              | From
            “It is a bad deal,” Will wrote.                                                                             | Will
            “It is a bad deal,” Okafor wrote.                                                                           | Okafor
            “It is a bad deal,” she said.                                                                               | she
            “It is a bad deal,” Okafor went on.                                                                         | Okafor
            Okafor went on: “It is a bad deal.”                                                                         | Okafor
            “It is a bad deal,” Okafor went on a trip.                                                                  | NULL
            “Tin would give a bigger yield,” Sam Okafor of Salem's Institute for Science and Farm Security wrote.      | Sam Okafor
            “It is a bad deal,” Texas delegate Sam Okafor, wearing a cowboy hat and “Marlowe” campaign pins, said flatly. | Sam Okafor
            “It is a bad deal,” said former Ohio Gov. and Fair Board Chairman Sam Okafor.                               | Sam Okafor
            “It is a bad deal,” said former Ohio governor and Fair Board Chairman Sam Okafor.                           | Sam Okafor
            Sam Okafor, chairman of the board of Green Acres, the town's funding arm, said the fair was "a big success." | Sam Okafor
            Sam Okafor, chairman of the board of Green Acres, said the fair was "a big success."                        | Sam Okafor
            Sam Okafor, an education professor at Salem who previously worked for Sen. Rita Marlowe (R-Ohio), one of the plan's architects, called it "a big step." | Sam Okafor
            """)
    void findsSource(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
