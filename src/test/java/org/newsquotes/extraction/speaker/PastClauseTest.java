package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PastClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            led by campaign manager                         | campaign manager
            guided by the farm board                        | -
            praised by critics for the harvest plan         | -
            Lund praised evangelist                         | evangelist
            Farm Watch noted Farm Institute director        | Farm Institute director
            Lund's fired campaign manager                   | Lund's fired campaign manager
            a Harvard-educated lawyer                       | a Harvard-educated lawyer
            a lobby group allied with the Farm Caucus       | a lobby group allied with the Farm Caucus
            retired farmer                                  | retired farmer
            """)
    void passesOverAPastClauseAtTheHead(String role, String cleaned) {
        assertThat(RoleText.clean(role)).isEqualTo(cleaned);
    }
}
