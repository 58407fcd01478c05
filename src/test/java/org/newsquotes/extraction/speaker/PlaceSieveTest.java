package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class PlaceSieveTest {

    @ParameterizedTest(name = "{0} -> organisation {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the United States | United States
            Washington        | Washington
            New York          | New York
            Tehran            | Tehran
            """)
    void placeSpeaksAsOrganisation(String phrase, String name) {
        String text = "Later " + phrase + " said the deal was off.";
        Speaker s = new PlaceSieve().resolve(SieveFixtures.mention(text, phrase), SieveFixtures.discourse(text));
        assertThat(s).isNotNull();
        assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(s.name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} is left to the person sieves")
    @CsvSource({"Mr. Washington", "Julianne Smith", "Sen. Jo Texas", "George Washington", "she"})
    void passesOnPersons(String phrase) {
        String text = "Later " + phrase + " said the deal was off.";
        assertThat(new PlaceSieve().resolve(SieveFixtures.mention(text, phrase), SieveFixtures.discourse(text)))
                .isNull();
    }

    @ParameterizedTest(name = "{1} after {0} is that person")
    @CsvSource(delimiter = '|', textBlock = """
            Jeremy Paris recently moved here. | Paris
            Rep. Steve Israel spoke first.    | Israel
            Cornel West backed the senator.   | West
            """)
    void surnameOfANamedPersonIsLeftToThePersonSieves(String before, String word) {
        String text = before + " Later " + word + " said the deal was off.";
        Mention m = lastMention(text, word);
        Discourse d = SieveFixtures.discourse(text);
        assertThat(new PlaceSieve().resolve(m, d)).isNull();
        assertThat(new SpeakerResolver().resolve(m, d).name()).endsWith(" " + word);
    }

    @Test
    void aPlaceWrittenAfterANameWithNoListedGivenNameStaysAPlace() {
        String text = "The Governor Of Texas spoke. Later Texas said the deal was off.";
        Speaker s = new PlaceSieve().resolve(lastMention(text, "Texas"), SieveFixtures.discourse(text));
        assertThat(s.kind()).isEqualTo(SpeakerKind.ORGANIZATION);
    }

    private static Mention lastMention(String text, String word) {
        int at = text.lastIndexOf(word);
        return new Mention(new Span(at, at + word.length()), word, word, null, SpeakerKind.PERSON, false,
                Gender.UNKNOWN);
    }

    @Test
    void aPlaceIsNoAntecedentForHe() {
        String text = "Dmitry Peskov spoke. Later the United States said no. Then he said so.";
        Discourse d = SieveFixtures.discourse(text);
        SpeakerResolver r = new SpeakerResolver();
        r.resolve(SieveFixtures.mention(text, "Dmitry Peskov"), d);
        r.resolve(SieveFixtures.mention(text, "the United States"), d);
        assertThat(r.resolve(SieveFixtures.mention(text, "he"), d).name()).isEqualTo("Dmitry Peskov");
    }
}
