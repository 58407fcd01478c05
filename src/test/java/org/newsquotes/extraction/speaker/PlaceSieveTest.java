package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @org.junit.jupiter.api.Test
    void aPlaceIsNoAntecedentForHe() {
        String text = "Dmitry Peskov spoke. Later the United States said no. Then he said so.";
        Discourse d = SieveFixtures.discourse(text);
        SpeakerResolver r = new SpeakerResolver();
        r.resolve(SieveFixtures.mention(text, "Dmitry Peskov"), d);
        r.resolve(SieveFixtures.mention(text, "the United States"), d);
        assertThat(r.resolve(SieveFixtures.mention(text, "he"), d).name()).isEqualTo("Dmitry Peskov");
    }
}
