package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.speaker.Mention;
import org.newsquotes.extraction.text.Token;
import org.newsquotes.extraction.text.Tokenizer;

/**
 * A bare reporting word after a singular common noun heads a noun compound ({@link NounCue}): "his campaign
 * promise" has no speaker "his campaign"; a verb agreeing with its subject still reports (invented rows).
 */
class NounCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Mayor Jo Lee reworked his old campaign promise on Monday when he announced his deputy, calling Park “my right hand.” | he
            The police say the ferry captain was “very calm.”                                                      | The police
            The campaign promised a “full review” of the ferry deal.                                               | The campaign
            “The ferry stays,” the statement read.                                                                 | the statement
            """)
    void aNounCompoundIsNoVerb(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Jo Lee tweaked his campaign promise      | true
            The party call                           | true
            The statement read                       | false
            The police say                           | false
            The campaign promised                    | false
            The senators promise                     | false
            The campaign thought                     | false
            """)
    void judgesTheWordAfterTheNoun(String words, boolean noun) {
        List<Token> w = Tokenizer.tokenize(words, 0, words.length(), false);
        int c = w.size() - 1;
        Mention m = new SourcePhrase(words).subject(w, c, 0);
        assertThat(NounCue.compound(w, c, m)).isEqualTo(noun);
    }
}
