package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;
import static org.newsquotes.extraction.quote.indirect.CueReadings.withCue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeCueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fishermen who want to keep the old quay will meet the mayor on Friday. | want | the old quay
            Residents who said the ferry fare was too high were invited to the hearing. | said | the ferry fare was too high
            Tenants who said the landlord may have broken the rules were told to wait. | said | the landlord may have broken the rules
            """)
    void contentEndsBeforeTheMainVerb(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor, who said the ferry fare was too high, left early. | said | the ferry fare was too high
            Ms. Arden said the ferry fare was too high and would rise again. | said | the ferry fare was too high
            """)
    void otherCuesAreUnchanged(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After the mayor promised “a new start,” the union said the talks would resume. | said | the talks would resume
            """)
    void quotedWordsBeforeTheCueKeepAClauseContent(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We will win,” Ms. Arden said of the vote. | said
            """)
    void quotedWordsBeforeTheCueDropAnObjectContent(String text, String cue) {
        assertThat(withCue(text, cue)).isEmpty();
    }
}
