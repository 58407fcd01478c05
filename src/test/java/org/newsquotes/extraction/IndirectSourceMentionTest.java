package org.newsquotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indirect quotes whose source stands in apposition: the name side is the speaker, the other the role. In an
 * article that is not spun, a role is printed as written ("manager of the" is not read as a spinner's "director").
 */
class IndirectSourceMentionTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks are hard but they beat a war, according to Jane Q. Roe, director of the Peace Institute at Example College. | Jane Q. Roe | director of the Peace Institute at Example College
            Talks are hard but they beat a war, according to Ann Voss, campaign manager of the Okafor campaign. | Ann Voss | campaign manager of the Okafor campaign
            The ambassador to Ruritania, Boris Example, said the talks should continue next month. | Boris Example | the ambassador to Ruritania
            """)
    void appositiveSourceGivesNameAndRole(String sentence, String name, String role) {
        Extraction result = extractor.extract(ArticleInput.ofText(sentence, LocalDate.of(2022, 1, 12)));

        Quote indirect = result.quotes().stream().filter(q -> q.type() == QuoteType.INDIRECT).findFirst().orElseThrow();
        assertThat(indirect.speaker().name()).isEqualTo(name);
        assertThat(indirect.role()).isEqualTo(role);
    }
}
