package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class ClauseOpenerTest {

    @ParameterizedTest(name = "clause: {0}")
    @ValueSource(strings = {"he won the county", "She later", "I’m Keen Voters", "we watch the envoys", "they remain",
        "you cannot", "that obliges members", "who lives near Tarn", "Farmers weren't the only ones", "Lee doesn’t",
        "Don’t", "wasn't", "he’s almost", "It’s Whigs", "There's a clerk"})
    void isAClause(String name) {
        assertThat(ClauseOpener.clause(name)).isTrue();
    }

    @ParameterizedTest(name = "source: {0}")
    @ValueSource(strings = {"Another", "Others", "some", "Another aide", "That memo", "that Ada Brill",
        "officials who weren't told", "Here’s Lee", "a clerk who didn’t sign", "Hedda Lorn", "the guild", "Tarn"})
    void staysASource(String name) {
        assertThat(ClauseOpener.clause(name)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            he won the county            | PERSON
            that obliges members         | GROUP
            Farmers weren't the only ones | GROUP
            """)
    void sieveDropsTheName(String name, SpeakerKind kind) {
        Mention m = new Mention(new Span(0, name.length()), name, name, null, kind, false, Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m, SieveFixtures.discourse(name + " and the rest went home."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.mention()).isEqualTo(name);
    }
}
