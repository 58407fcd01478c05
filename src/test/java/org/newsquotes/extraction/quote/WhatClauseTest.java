package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "… what Lee called “…”": the free relative's named subject speaks, not the subject of the sentence's first verb. */
class WhatClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dayton sought the fair in the hopes of shedding what Okafor called “an image problem.”       | Okafor
            The council sought help to end what Mayor Rita Marlowe described as “a slow disaster.”      | Rita Marlowe
            Dan Okafor sought the fair to shed what he saw as “an image problem.”                       | Dan Okafor
            """)
    void freeRelativeSubject(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
