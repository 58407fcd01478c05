package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "he began by saying, “…”" ({@link LeadIn#byParticiple}): the subject of the verb before "by" speaks, also a
 * pronoun after an opening clause that names someone else; an object before "by" is not taken for it.
 */
class ByParticipleLeadInTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            After the break she began by saying, “I do not think a fine is needed.”            | she
            When Okafor left, he replied by saying: “I do not think a fine is needed.”           | he
            Marlowe responded by tweeting, “I do not think a fine is needed.”                    | Marlowe
            Okafor answered the charges by saying, “I do not think a fine is needed.”            | Okafor
            """)
    void theSubjectOfTheVerbBeforeBySpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
