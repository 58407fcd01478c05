package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reporting verb right before the opening mark speaks through its own subject ({@link AdjacentCue}), even
 * when an earlier verb of the sentence has a source; not when that subject stands inside an earlier report
 * ("said that …", "suggesting …") or is a thing given a title ("a book called “…”"). A participle speaks only
 * through a subject after "with" / "of" ("of Lee privately saying “…”").
 */
class AdjacentCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            If the ferries Mayor Okafor and other councillors want to buy sink, we should keep the one rule the Harbour Founders wrote “shall not be waived.”   | Harbour Founders
            When Okafor thanked Leeds and praised the port, a man yelled “Go home!”                                                                      | a man
            Okafor said that only towns such as Dalton wanted “open harbours.”                                                                           | Okafor
            Marlowe also complained, suggesting the first-term mayor sees the port as “black and white.”                                                 | Marlowe
            What do you make of Okafor quietly saying “bless them all” afterwards?                                                                       | Okafor
            Okafor has built her name on harbours, writing a book called “Ships That Stay” and leading the port charge.                                   | Okafor
            """)
    void theVerbBeforeTheMarkSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
