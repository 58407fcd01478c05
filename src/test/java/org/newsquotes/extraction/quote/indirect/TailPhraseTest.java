package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TailPhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The levy raised little (the real figure is far lower, according to the auditor). | according | the real figure is far lower
            """)
    void anUnclosedParenthesisOpensATrailingContent(String text, String cue, String content) {
        assertThat(withCue(text, cue + " to")).extracting(c -> c.content().of(text)).containsExactly(content);
    }
}
