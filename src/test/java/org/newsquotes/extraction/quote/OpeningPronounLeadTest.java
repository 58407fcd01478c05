package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A paragraph ending in a colon after "he"/"she", a past verb and its object ("He then listed the rules for a
 * good mayor in the coming year:") gives the pronoun as the source of the quote opening the next paragraph,
 * however long the object; a pronoun that does not open the lead-in gives nothing from this rule.
 */
class OpeningPronounLeadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            'Okafor wrote a letter.\\n\\nHe then listed the rules for a good mayor of Dunmore in the coming year:\\n\\n"Does the mayor keep promises? Does the mayor listen?"\\n\\nThe end.' | he
            'Okafor wrote a letter.\\n\\nShe outlined the plan:\\n\\n"Every farm gets a pump by the spring."\\n\\nThe end.'                                                    | she
            'Okafor wrote a letter.\\n\\nHe listed the rules:\\n\\n"Does the mayor keep promises?"\\n\\nThe end.'                                                               | he
            'Okafor wrote a letter.\\n\\nThen came the rules for a good mayor of Dunmore in the coming year:\\n\\n"Does the mayor keep promises?"\\n\\nThe end.'                | NULL
            """)
    void pronounOpeningTheLeadInSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }
}
