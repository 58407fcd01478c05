package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportRecipientTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Olga Brandt has the strong support of the dock workers. | support | Mayor Olga Brandt | the dock workers
            In the valley, Brandt received backing from three farm unions. | backing | Brandt | three farm unions
            The ferry levy enjoys broad support among island voters. | support | The ferry levy | island voters
            The harbour plan quickly drew sharp criticism from both unions. | criticism | The harbour plan | both unions
            The levy is facing criticism from many farmers. | criticism | The levy | many farmers
            """)
    void readsTheOneSupportedBeforeTheVerb(String text, String cue, String content, String source) {
        assertThat(onlyReading(text, cue, content).source().of(text)).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The plan needs the support of the harbour board. | support
            The plan has lobbed criticisms of the harbour board. | criticisms
            """)
    void otherVerbsAreNoReceiving(String text, String cue) {
        assertThat(withCue(text, cue)).allSatisfy(c -> assertThat(c.content().of(text)).isNotEqualTo("The plan"));
    }
}
