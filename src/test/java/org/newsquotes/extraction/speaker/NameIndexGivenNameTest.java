package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Tokenizer;

/** A full name that opens with a listed given name outranks a capitalised common word before the surname. */
class NameIndexGivenNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Unbowed Okafor wins again.\\n\\nMayor Tom Okafor spoke on Monday.      | okafor | Tom Okafor
            Is Marlowe right?\\n\\nThe senator Ann Marlowe says so.                | marlowe | Ann Marlowe
            Unbowed Okafor wins again.\\n\\nOkafor spoke on Monday.                | okafor | Unbowed Okafor
            Sam A. Greene spoke first. Then Sam Greene said no.                   | greene | Sam A. Greene
            The war ended after World War I.\\n\\nHarding took office.            | harding | -
            """)
    void prefersNamesOpeningWithAGivenName(String text, String surname, String full) {
        String t = text.replace("\\n", "\n");
        NameIndex index = new NameIndex(t, Tokenizer.tokenize(t, 0, t.length(), false));
        assertThat(index.fullName(surname, t.length())).isEqualTo("-".equals(full) ? null : full);
    }
}
