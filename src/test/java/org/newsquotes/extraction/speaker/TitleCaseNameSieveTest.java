package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;

/** A name read from a title-case heading whose words the article never writes again is nobody (invented texts). */
class TitleCaseNameSieveTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            7 Useful Things Farmers Said This Year | Useful Things Farmers | Farmers gave us much to think about. | true
            Okafor Says Farm Bill Is Dead          | Okafor                | Sen. Tom Okafor spoke on Monday.     | false
            Ann Voss Says Farm Bill Is Dead        | Ann Voss              | The senator spoke on Monday.         | false
            Francois Okafor Says Bill Is Dead      | Francois Okafor       | François Okafor spoke on Monday.     | false
            Big Barn Okafor Says Bill Is Dead      | Big Barn Okafor       | Tom Okafor spoke on Monday.          | true
            Tamsin Says Farm Bill Is Dead          | Tamsin                | The senator spoke on Monday.         | true
            """)
    void titleNameNeverWrittenAgainIsNobody(String title, String phrase, String body, boolean nobody) {
        String text = title + "\n\n" + body;
        Mention m = SieveFixtures.mention(text, phrase);
        Speaker s = new TitleCaseNameSieve().resolve(m, SieveFixtures.discourse(text));
        if (nobody) {
            assertThat(s).isNotNull();
            assertThat(s.name()).isNull();
        } else {
            assertThat(s).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Useful Things Farmers gave us much to think about this year.
            """)
    void aNameOutsideTheTitleIsLeftToTheOtherSieves(String sentence) {
        String text = "A Title Line\n\n" + sentence;
        Mention m = SieveFixtures.mention(text, "Useful Things Farmers");
        assertThat(new TitleCaseNameSieve().resolve(m, SieveFixtures.discourse(text))).isNull();
    }
}
