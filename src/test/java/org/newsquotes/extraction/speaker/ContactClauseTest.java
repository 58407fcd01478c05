package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/** A role-like phrase before a name that opens a relative clause without "that" is no role of that person. */
class ContactClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | role written before the name | name | heads a relative clause
        "The county clerk Voss was pointing to is Ada Lind, a lawyer. | The county clerk | Voss | true",
        "The aide Voss hired was fired last year. | The aide | Voss | true",
        "A reporter Mayor Lind talked with says the deal is off. | A reporter | Lind | true",
        "The farm lobbyist Voss said the bill was dead. | The farm lobbyist | Voss | false",
        "The county clerk Voss was pointing at the map. | The county clerk | Voss | false",
        "County clerk Voss was pointing to is nothing. | County clerk | Voss | false",
        "The mayor Voss, who was hired in May, is leaving. | The mayor | Voss | false",
        "The senator Voss has said was ready. | The senator | Voss | false",
    })
    void readsTheClauseAfterTheName(String sentence, String role, String name, boolean relative) {
        int end = sentence.indexOf(name) + name.length();
        assertThat(ContactClause.determined(role) && ContactClause.after(sentence, end)).isEqualTo(relative);
    }

    @Test
    void aWrittenRoleBeforeARelativeClauseIsNotThePersonsRole() {
        String text = "Ada Lind met reporters. The county treasurer Ada Lind was pointing to is Bo Rusk. "
                + "Later, Rusk said the deal was off.";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length(), false);
        assertThat(new WrittenRoles(text, tokens).roleOf("Ada Lind")).isNull();
        String plain = "The county treasurer Ada Lind said the deal was off.";
        assertThat(new WrittenRoles(plain, Tokenizer.tokenize(plain, 0, plain.length(), false)).roleOf("Ada Lind"))
                .isEqualTo("county treasurer");
    }
}
