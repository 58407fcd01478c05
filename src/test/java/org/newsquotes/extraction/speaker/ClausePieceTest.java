package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class ClausePieceTest {

    @ParameterizedTest(name = "clause piece: {0}")
    @ValueSource(strings = {"missed its quarterly", "entered the season", "the guild confirms a", "farmers make up a larger",
        "hesitated to renew his earlier", "began", "kept", "Ruritania continues to draw", "senators to lead the vote",
        "the mill released a statement", "the ministry holds a firm",
        "it to farmers", "there wasn’t much", "Let me", "something the guild aides", "It’s a costly plan"})
    void holdsAVerb(String name) {
        assertThat(ClausePiece.clausePiece(name)).isTrue();
    }

    @ParameterizedTest(name = "source: {0}")
    @ValueSource(strings = {"a senior official", "officials who saw the memo", "a source close to him",
        "analysts privy to negotiations", "a longtime adviser to both mayors", "perhaps the loudest critic",
        "retired generals", "an unnamed aide", "a judge handling a land case", "the envoy to the Vell court",
        "elected officials", "the accused", "Another", "Ann Voss"})
    void staysASource(String name) {
        assertThat(ClausePiece.clausePiece(name)).isFalse();
    }

    @ParameterizedTest(name = "negated: {0}")
    @ValueSource(strings = {"far not passed any bill", "farmers didn’t approve", "voters never liked",
        "the guild can't agree"})
    void negatedPredicate(String name) {
        assertThat(ClausePiece.negated(name)).isTrue();
    }

    @ParameterizedTest(name = "not negated: {0}")
    @ValueSource(strings = {"a senior official", "Not In Our Name", "the guild", "officials who did not",
        "Ann Voss", "a Never Again group"})
    void noNegation(String name) {
        assertThat(ClausePiece.negated(name)).isFalse();
    }

    @ParameterizedTest(name = "{0} -> no name")
    @CsvSource(delimiter = '|', textBlock = """
            missed its quarterly          | ANONYMOUS
            the guild confirms a          | ORGANIZATION
            began                         | ANONYMOUS
            far not passed any bill | ANONYMOUS
            farmers didn’t approve        | GROUP
            so far not taken action       | PERSON
            """)
    void sieveDropsTheName(String name, SpeakerKind kind) {
        Mention m = new Mention(new Span(0, name.length()), name, name, null, kind, false, Gender.UNKNOWN);
        Speaker s = new OrdinaryWordSieve().resolve(m, SieveFixtures.discourse(name + " targets were cut."));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
    }
}
