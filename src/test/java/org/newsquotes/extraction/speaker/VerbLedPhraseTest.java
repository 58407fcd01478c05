package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class VerbLedPhraseTest {

    @ParameterizedTest(name = "verb-led: {0}")
    @ValueSource(strings = {"weighed in on the claims", "spent much of her term", "compared with 23 percent",
        "responded late Friday with a note", "nudged by her cousins", "toiled on orchards",
        "quickly accused Lee of lying", "Speaking on the wireless", "taking 9 of 14 seats", "Regarding the levy",
        "Reflecting on the rural"})
    void opensWithAVerb(String name) {
        assertThat(VerbLedPhrase.verbLed(name)).isTrue();
    }

    @ParameterizedTest(name = "source: {0}")
    @ValueSource(strings = {"retired generals", "elected officials", "unnamed aides in Tarn",
        "closely watched county officials", "Polling of farm voters", "Leading Democrats", "a judge handling a case",
        "officials familiar with the talks", "Manning", "the accused", "wrote"})
    void staysASource(String name) {
        assertThat(VerbLedPhrase.verbLed(name)).isFalse();
    }

    @ParameterizedTest(name = "sieve: {0}")
    @ValueSource(strings = {"weighed in on the claims", "Speaking on the wireless"})
    void sieveDropsTheName(String name) {
        Mention m = new Mention(new Span(0, name.length()), name, name, null, SpeakerKind.ANONYMOUS, false,
                Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m, SieveFixtures.discourse(name + " and the rest went home."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
    }

    @ParameterizedTest(name = "a surname first: {0}")
    @ValueSource(strings = {"Fielding at the fair"})
    void keepsASurnameWrittenAfterAGivenName(String name) {
        Mention m = new Mention(new Span(0, name.length()), name, name, null, SpeakerKind.ANONYMOUS, false,
                Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m,
                SieveFixtures.discourse("Ada Fielding spoke. " + name + " was busy."));
        assertThat(s == null || s.name() != null).isTrue();
    }
}
