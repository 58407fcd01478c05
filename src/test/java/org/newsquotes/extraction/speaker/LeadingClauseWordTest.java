package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadingClauseWordTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The ad used a video that Circuit Judge Ana Ruiz called bad. | that Circuit Judge Ana Ruiz | Ana Ruiz | Circuit Judge Ana Ruiz
            It drew criticism that Jo Lee was urging a ban.                  | that Jo Lee                       | Jo Lee   | Jo Lee
            The rally went on. But Sam Ortiz, eager to speak, attacked Lee.  | But Sam Ortiz                     | Sam Ortiz | Sam Ortiz
            The rally went on. When Jo Lee finally spoke, the hall cheered.  | When Jo Lee                       | Jo Lee   | Jo Lee
            The vote was close, and as Mayor Ana Ruiz put it, too close.     | as Mayor Ana Ruiz                 | Ana Ruiz | Mayor Ana Ruiz
            The hall was full. Yet the farmers said they would stay.         | Yet the farmers                   | the farmers | the farmers
            The hall was full. But when Jo Lee spoke, it emptied.            | But when Jo Lee                   | Jo Lee   | Jo Lee
            """)
    void theClauseWordIsNoPartOfTheMention(String text, String phrase, String name, String mention) {
        Mention m = SieveFixtures.mention(text, phrase);
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.text()).isEqualTo(mention);
    }

    @ParameterizedTest(name = "{1} stays")
    @CsvSource(delimiter = '|', textBlock = """
            The hall was full. That official said no.        | That official
            The hall was full. Then that senator said no.    | that senator
            The hall was full. Sam Ortiz said no.            | Sam Ortiz
            The hall was full. Will Doyle said no.           | Will Doyle
            """)
    void aPhraseWithoutAClauseWordIsKept(String text, String phrase) {
        Mention m = SieveFixtures.mention(text, phrase);
        assertThat(m.text()).isEqualTo(phrase);
    }
}
