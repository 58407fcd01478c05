package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "he" or "she" opening the sentence past a conjunction ("But he laid off staff and began talking about …")
 * is the subject a fragment with no reporting verb of its own falls back on ({@link SentenceSubject}), as a
 * sentence opening on the pronoun already was (invented rows).
 */
class ConjunctionPronounSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            But he let go of volunteers and started speaking about what comes next “if the vote fails.”               | he
            And she is sure the new ferry will only bring “more trouble than it is worth.”                      | she
            He let go of volunteers and started speaking about what comes next “if the vote fails.”                   | he
            But Jo Lee let go of volunteers and started speaking about what comes next “if the vote fails.”           | Jo Lee
            But he He Okafor noted the “fine print.”                                                            | Okafor
            """)
    void thePronounIsTheSubject(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
