package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lone capitalised title word naming a department ("State has told lawmakers …") is a plausible source. */
class DepartmentSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            State has also told senators privately that the department is tracing how “restricted” memos got out. | State
            Justice has told lawmakers that the probe is “ongoing.”                                                   | Justice
            """)
    void theDepartmentSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
