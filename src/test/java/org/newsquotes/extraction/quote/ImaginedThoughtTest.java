package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outer speaker of a quoted thought: "X imagined Y was thinking: “…”" is X's ("imagined" reports; Y is its
 * object, so the phrase does not reach back past it), and "Jo Lee of the anti-Trump Review" keeps Jo Lee
 * (a hyphenated "anti-Trump" is part of the capitalised affiliation).
 */
class ImaginedThoughtTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            But after the show, commentator Jo Marlowe of the anti-Okafor Leeds Review imagined Okafor was thinking: “What have I done?” | Jo Marlowe
            Rita Marlowe joked that Okafor was thinking: “What have I done?”                                                      | Rita Marlowe
            """)
    void theWriterOfTheThoughtSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
