package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A described source after the reporting verb keeps the words that qualify it ("said a person close to the
 * mayor"), up to punctuation, a relative pronoun, a participle, a verb or a preposition of place ("near the door": where the source
 * stood), and never ends on a function word.
 */
class QualifiedSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The polls closed.\\n\\n“The drop is real,” said a person close to the mayor. “That is why.”                  | a person close to the mayor
            The polls closed.\\n\\n“The drop is real,” said a source familiar with the talks.                            | a source familiar with the talks
            The polls closed.\\n\\n“The drop is real,” said one Democrat involved in the bidding, who asked not to be named. | one Democrat involved in the bidding
            The polls closed.\\n\\n“The drop is real,” said an aide to the mayor.                                        | an aide to the mayor
            The polls closed.\\n\\n“The drop is real,” said a voter from Salem going by the name Jo.                     | a voter from Salem
            The polls closed.\\n\\n“The drop is real,” said Rita Lee, the mayor.                                         | Rita Lee
            The polls closed.\\n\\n“The drop is real,” said the man near the door.                                    | the man
            The polls closed.\\n\\n“The drop is real,” said a voter outside the hall.                                  | a voter
            The polls closed.\\n\\n“The drop is real,” said a source inside the campaign.                              | a source inside the campaign
            """)
    void keepsTheQualifyingWords(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
