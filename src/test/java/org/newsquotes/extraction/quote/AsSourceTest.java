package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "As X put it, …" and "as X noted …, …" give X when the sentence has no reporting verb of its own
 * ({@link AsSource}); "as expected", "as chairman" and "as the crowd began to chant" attribute nothing.
 */
class AsSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            As the Gazette's Rita Marlowe puts it, Okafor is offering bakers “a deal they can't refuse.”              | Rita Marlowe
            But as the nationalist Leeds tabloid noted in an op-ed, the mayor “has earned a few fans.”               | the nationalist Leeds tabloid
            The mayor, who owed his seat to, as a local baker put it, a “clean sweep,” left early.                    | a local baker
            As expected, Okafor made bakers “a deal they can't refuse.”                                                | Okafor
            As the crowd began to chant, Okafor was joined on stage by Marlowe, who offered “a deal.”                   | NULL
            """)
    void theAsClauseSubjectSpeaks(String text, String expected) {
        Finding f = QuoteSources.firstFinding(text);
        if (expected == null) {
            org.assertj.core.api.Assertions.assertThat(f.source() == null
                    || !f.source().text().startsWith("the crowd")).isTrue();
        } else {
            QuoteSources.assertSourceName(f, expected);
        }
    }
}
