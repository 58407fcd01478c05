package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sources written after a quote in shapes the plainer readers miss: a name before an aside holding "who" with
 * no closing comma, a name described by "an angry …" before an unlisted verb, and a signature line without a
 * dash under a quoted paragraph whose closing mark follows the signature. Invented sentences.
 */
class OpenRelativeAndSignatureLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The race is close. “Lee needs a plan for the rural counties,” Rita Marlowe, the pollster who founded a survey firm tweeted on Wednesday.  | Rita Marlowe
            The race is close. "This new ad raises hard questions about the mayor,"Rita Marlowe, who chairs the Fair Streets fund said in a statement.  | Rita Marlowe
            The race is close. “The soup was cold,” Rita Marlowe, who runs the diner, said.                                                             | Rita Marlowe
            The race is close. “France will always be France,” an angry Dupont retaliated.                                                             | Dupont
            """)
    void sourceAfterQuote(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            'The budget debate is far from over.\n\n"We will need more stimulus when the next slump comes.\nJosh Bivens, Center for Policy Research."' | Josh Bivens
            'The budget debate is far from over.\n\n"We will need more stimulus when the next slump comes.\nJosh Bivens, Center for Policy Research".' | Josh Bivens
            'The budget debate is far from over.\n\n"We will need more stimulus when the next slump comes."\nThe Senate, on the other hand, disagreed.'  | NULL
            """)
    void signatureLine(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
