package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Quote-side attribution fixes: a long multi-paragraph quote keeps its first paragraph's source to the end
 * ({@link Continuations}); "a firm called X" names a thing, nobody speaks there ({@link ClauseCue#namesThing});
 * "76-year-old Jo Farrow, founder of the X Institute, …, endorsed" is the person, not the institute
 * ({@link AppositiveSource}); "…, calling Lee “…,” Susan said" is Susan's sentence for the quote after it
 * ({@link SentenceSources}).
 */
class QuoteSideSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We start today,” Rita Marlowe said.\\n\\n“The first paragraph runs on.\\n\\n“The second one too.\\n\\n“And the third ends here.”            | 4
            “We start today,” Rita Marlowe said.\\n\\n“One.\\n\\n“Two.\\n\\n“Three.\\n\\n“Four.\\n\\n“Five.\\n\\n“Six ends it.”                           | 7
            """)
    void everyParagraphOfARunGoesBackToTheOneSource(String text, int count) {
        text = text.replace("\\n", "\n");
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found).hasSize(count);
        for (int i = 1; i < count; i++) {
            assertThat(found.get(i).inheritFrom()).as("paragraph %d", i).isEqualTo(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Jo Farrow, at a consulting firm called Brightline Partners, argues that the plan is “a mistake.”          | Jo Farrow
            Jo Farrow, who works for a group named Clearwater, argues that the plan is “a mistake.”                  | Jo Farrow
            The senator called Farrow “a disgrace to the state.”                                                       | NULL
            Farrow called Lee “a disgrace to the state.”                                                               | Farrow
            """)
    void aThingCalledByItsNameIsNoSpeaker(String text, String expected) {
        Finding f = QuoteSources.firstFinding(text);
        if (expected == null) {
            assertThat(f.source() == null || !"Lee".equals(f.source().name())).isTrue();
        } else {
            QuoteSources.assertSourceName(f, expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The board met. 76-year-old Jo Farrow, founder of the Liberty Institute, member since the 1960s and long time Committeeman from Ohio, endorsed Lee last week, saying he “has shown his commitment.”  | Jo Farrow
            The board met. Former Gov. Jo Farrow, founder of the Liberty Institute, member since the 1960s and long time Committeeman from Ohio, endorsed Lee on Monday, saying he “has shown his commitment.”| Jo Farrow
            """)
    void aDescribedNameBeforeItsAppositivesIsTheSource(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The crowd cheered. Her friends have mocked her choice, calling Lee “a clown,” Susan Marlowe said.\\n\\n“But he is our clown, and we love him.” | Susan Marlowe
            """)
    void theNameAfterAClosingQuoteSpeaksTheSentence(String text, String expected) {
        text = text.replace("\\n", "\n");
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        assertThat(found).hasSize(2);
        QuoteSources.assertSourceName(found.get(1), expected);
    }
}
