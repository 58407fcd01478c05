package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * The written subject of a non-finite reporting verb ({@link UnderstoodSubject}): "with X taking to Twitter to
 * call it “…”", "time for X to …, even after dismissing …" (invented rows).
 */
class UnderstoodSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The Ruiz campaign has denied the story, with Sam Ortiz taking to Twitter to call Park “totally delusional” for it. | Sam Ortiz
            There is still time for Tom Reyes to build bridges with senators, even after often dismissing them as a “cartel” at rallies. | Tom Reyes
            The mayor left early, with Dora Quist saying the plan was “a farce.”                                  | Dora Quist
            The board denied it, with Mayor Ana Ruiz taking to the radio to call the report “plainly false.”      | Ana Ruiz
            The board denied it, with Ana Ruiz waving her copy of the report “in anger.”                           | The board
            The two met, with Jo Lee praising the deal and Sam Ortiz calling it a “good start” for all.            | Sam Ortiz
            It is time for Mayor Ana Ruiz to call the ferry deal “a mistake.”                                     | Ana Ruiz
            With the vote taken, Jo Lee called it “a farce.”                                                       | Jo Lee
            With Jo Lee watching, Sam Ortiz rose to call it “a farce.”                                             | Sam Ortiz
            Sam Ortiz called for Jo Lee to label the deal “a farce.”                                               | Sam Ortiz
            """)
    void theWrittenSubjectSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            The campaign denied it, with Sam Ortiz taking to Twitter to call Park  | Sam Ortiz
            Time for Jo Lee to make a joke and call Park                           | Jo Lee
            With the vote taken, Jo Lee called Park                                | NULL
            With Jo Lee watching, Sam Ortiz rose to call Park                      | NULL
            Sam Ortiz spoke with Jo Lee, who wants to call Park                    | NULL
            Sam Ortiz called for Jo Lee to label Park                              | NULL
            With Jo Lee praising it and Sam Ortiz calling Park                     | NULL
            With Jo Lee away; the board went on to call Park                       | NULL
            With the union taking to Twitter to call Park                          | NULL
            """)
    void readsTheSubjectBeforeTheVerb(String words, String expected) {
        List<Token> w = Tokenizer.tokenize(words, 0, words.length(), false);
        Attribution a = UnderstoodSubject.of(w, words);
        assertThat(a == null ? null : a.source().name()).isEqualTo(expected);
    }
}
