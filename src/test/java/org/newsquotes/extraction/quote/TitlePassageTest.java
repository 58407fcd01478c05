package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Short title-like passages: kept when introduced as someone's words or a name (called, titled, chanting, a
 * sign reading, said), dropped when they name a programme or work (after an outlet's possessive, "on" or
 * "with" or "told"; after a role and "of"; before "star", "host", "podcast"; before a comma, "by" and an
 * author; long titles with a subtitle after a colon too) or when nothing introduces them.
 */
class TitlePassageTest {

    private static List<String> found(String text) {
        return new DirectQuoteDetector(new TextIndex(text), false).detect().stream()
                .map(f -> f.content().of(text)).toList();
    }

    @ParameterizedTest(name = "kept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The marchers kept chanting “Fair Wages Now” outside the mill.          | Fair Wages Now
            The campaign released a short video titled “Harbour Lights,” on Monday. | Harbour Lights,
            Her neighbours held up a sign reading “Save Elm Park.”                  | Save Elm Park.
            The reform, dubbed the “Green Ledger,” passed the council easily.       | Green Ledger,
            The hall rang with chants of “Four More Years” all evening.             | Four More Years
            The crowd answered with loud “Fair Wages!” chants outside the mill.     | Fair Wages!
            He cut in, interjecting, “Only On Sundays.” The panel laughed.          | Only On Sundays.
            She told reporters, “Not Today.” Then she left.                         | Not Today.
            """)
    void keepsPassagesIntroducedAsWordsOrNames(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "dropped: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            On Sunday on KTVX’s “Morning Round,” the mayor said the budget was fine.
            She talked about the budget on “Evening Desk” and left early.
            The “Harbour Nights” star opened a bakery in the old port.
            He gave an interview to the “Long Table” podcast about farming.
            The ministers ate lunch near the “Blue Door” after the vote.
            She talked about the harbour on “Breakfast with Ann Roe” and left early.
            He kept a copy of the “Treaty with Spain” in his desk drawer.
            The mayor spoke about ferries on her podcast “Slow Tide” last week.
            In his 2002 book, “Save Early,” Mr. Roe suggested a budget for families.
            Ann Roe, star of television’s “Harbour Lights,” thanked the crew.
            On Tuesday’s episode of “Harbour Hour,” the mayor said the ferry would run.
            The ferries are fine, the mayor told “Morning Round” after the vote.
            Ann Roe, the author of “Slow Tide,” spoke about ferries.
            He thanked the hosts of “Evening Desk” for the invitation.
            Readers have been studying the mayor's new book, “Slow Tide: How the Harbour Was Saved,” all week.
            According to “The Long Tide,” by Ann Roe, the mayor grew up by the harbour, Mr. Doe said.
            One of his recent reads, “Harbour of Ships,” by Bo Lind, shaped his views, he said.
            In her autobiography, “Harbour Days,” the mayor recalled the ferry she rode.
            """)
    void dropsWorkTitlesAndUnintroducedTitles(String text) {
        assertThat(found(text)).isEmpty();
    }

    @ParameterizedTest(name = "scare quote kept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The officials called the plan “a dangerous gamble” and walked out.     | a dangerous gamble
            Critics of the so-called “voluntary” levy protested on Tuesday.        | voluntary
            The clerk checked that the count was “on the up and up.”               | on the up and up.
            """)
    void keepsLowerCaseFragments(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "headline: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            READING LIST— “Harbour museum opens late on Fridays,” by the Ledger's Ann Doe: http://x.example/1.
            — “Ferry fares to rise in spring,” by Times' Bo Lind.
            """)
    void dropsHeadlinesOfLinkedStories(String text) {
        assertThat(found(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void keepsPassageFollowedByByWithoutOutlet() {
        assertThat(found("The levy was called “a quiet theft” by critics on Monday."))
                .containsExactly("a quiet theft");
        assertThat(found("The mayor was called “Ferry Queen” by Bo Lind on Monday."))
                .containsExactly("Ferry Queen");
    }

    @ParameterizedTest(name = "kept: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said her staff “did the wrong thing” by reading Bo Lind’s letter.          | did the wrong thing
            They asked him to make it clear “that the pier stays open” by rejecting Lee’s plan.  | that the pier stays open
            """)
    void keepsPassageFollowedByByAndAVerb(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }
}
