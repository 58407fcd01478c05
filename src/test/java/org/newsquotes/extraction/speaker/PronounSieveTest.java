package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

class PronounSieveTest {

    @ParameterizedTest(name = "{0} after {1}, {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            she | Julianne Smith | Dmitry Peskov  | Julianne Smith
            he  | Julianne Smith | Dmitry Peskov  | Dmitry Peskov
            he  | Dmitry Peskov  | Julianne Smith | Dmitry Peskov
            he  | Dmitry Peskov  | Sam Greene     | Sam Greene
            they| Dmitry Peskov  | Sam Greene     | Sam Greene
            her | Julianne Smith | Dmitry Peskov  | Julianne Smith
            his | Julianne Smith | Dmitry Peskov  | Dmitry Peskov
            """)
    void mostRecentAgreeingSpeaker(String pronoun, String first, String second, String expected) {
        String text = first + " spoke. " + second + " spoke. Then " + pronoun + " said so.";
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker(first, SpeakerKind.PERSON, first, null), SieveFixtures.mention(text, first));
        d.note(new Speaker(second, SpeakerKind.PERSON, second, null), SieveFixtures.mention(text, second));
        Speaker s = new PronounSieve().resolve(SieveFixtures.mention(text, pronoun), d);
        assertThat(s.name()).isEqualTo(expected);
        assertThat(s.mention()).isEqualTo(pronoun);
    }

    @ParameterizedTest(name = "he after {0} skips the description {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dmitry Peskov | the former minister
            Dmitry Peskov | The candidate
            Dmitry Peskov | His spokesman
            """)
    void descriptionsAreNotAntecedents(String name, String description) {
        String text = name + " spoke. " + description + " spoke. Then he said so.";
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker(name, SpeakerKind.PERSON, name, null), SieveFixtures.mention(text, name));
        d.note(new Speaker(description, SpeakerKind.PERSON, description, null), SieveFixtures.mention(text, description));
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "he"), d).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}: he -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Meanwhile, the count went on. Dmitry Peskov spoke. Hastily, aides left. Then he said so.       | Hastily | Dmitry Peskov
            Meanwhile, the count went on. Dmitry Peskov spoke. Nobody asked Okafor. Okafor left. Then he said so. | Okafor | Okafor
            """)
    void sentenceOpenersAreNotAntecedents(String text, String opener, String expected) {
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("Dmitry Peskov", SpeakerKind.PERSON, "Dmitry Peskov", null),
                SieveFixtures.mention(text, "Dmitry Peskov"));
        d.note(new Speaker(opener, SpeakerKind.PERSON, opener, null), SieveFixtures.mention(text, opener));
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "he"), d).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "he after {0} skips the possessive {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dmitry Peskov | Greene’s
            Dmitry Peskov | Greene's
            """)
    void possessivesAreNotAntecedents(String name, String possessive) {
        String text = name + " mocked " + possessive + " claim. Then he said so.";
        assertThat(heAfterNameAndPossessive(text, name, possessive)).isEqualTo(name);
    }

    @ParameterizedTest(name = "he after a sentence opened by {1} is its owner")
    @CsvSource(delimiter = '|', textBlock = """
            Dmitry Peskov | Greene’s
            Dmitry Peskov | Greene's
            """)
    void aPossessiveOpeningItsSentenceIsAnAntecedent(String name, String possessive) {
        String text = name + " spoke. " + possessive + " attempt failed. Then he said so.";
        assertThat(heAfterNameAndPossessive(text, name, possessive)).isEqualTo("Sam Greene");
    }

    /** Whom "he" in {@code text} resolves to once {@code name} and Sam Greene (written {@code possessive}) spoke. */
    private static String heAfterNameAndPossessive(String text, String name, String possessive) {
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker(name, SpeakerKind.PERSON, name, null), SieveFixtures.mention(text, name));
        d.note(new Speaker("Sam Greene", SpeakerKind.PERSON, possessive, null),
                SieveFixtures.mention(text, possessive));
        return new PronounSieve().resolve(SieveFixtures.mention(text, "he"), d).name();
    }

    @ParameterizedTest(name = "{0} once called he is no antecedent for she")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor
            Tomas Okafor
            """)
    void aNameCalledHeIsNotShe(String name) {
        String text = "Ann Voss spoke. " + name + " spoke. Then he said so. Then she said so.";
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("Ann Voss", SpeakerKind.PERSON, "Ann Voss", null), SieveFixtures.mention(text, "Ann Voss"));
        d.note(new Speaker(name, SpeakerKind.PERSON, name, null), SieveFixtures.mention(text, name));
        d.note(new Speaker(name, SpeakerKind.PERSON, "he", null), SieveFixtures.mention(text, "he"));
        assertThat(d.genderOf(name)).isEqualTo(Gender.MALE);
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "she"), d).name()).isEqualTo("Ann Voss");
    }

    @ParameterizedTest(name = "{0} written as {1} keeps no gender from {1} read as a given name")
    @CsvSource(delimiter = '|', textBlock = """
            Lawrence Joyce | Joyce
            Tomas Shirley  | Shirley
            """)
    void aSurnameThatIsAGivenNameSaysNothingOfGender(String name, String surname) {
        String text = "Sam Greene spoke. Then " + surname + " spoke. Then he said so.";
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("Sam Greene", SpeakerKind.PERSON, "Sam Greene", null),
                SieveFixtures.mention(text, "Sam Greene"));
        d.note(new Speaker(name, SpeakerKind.PERSON, surname, null), SieveFixtures.mention(text, surname));
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "he"), d).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "he after {0} skips {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dmitry Peskov | West Virginia          | West Virginia
            Dmitry Peskov | Harbor Coalition       | Harbor Coalition
            Dmitry Peskov | Affairs                | the Commission on Civic Affairs
            Dmitry Peskov | Springfield            | of Springfield
            Dmitry Peskov | Democrats              | Democrats
            Dmitry Peskov | Defense                | Secretary of Defense
            Dmitry Peskov | Pennies                | the March of Pennies
            Dmitry Peskov | Chez Vachon            | her way around Chez Vachon
            Dmitry Peskov | Capitol Hill           | to a Capitol Hill
            """)
    void placesOrganisationsAndFragmentsAreNotAntecedents(String name, String junk, String junkMention) {
        String text = name + " spoke. Then " + junkMention + " spoke. Then he said so.";
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker(name, SpeakerKind.PERSON, name, null), SieveFixtures.mention(text, name));
        d.note(new Speaker(junk, SpeakerKind.PERSON, junkMention, null), SieveFixtures.mention(text, junkMention));
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "he"), d).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "he after {0} skips {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dmitry Peskov spoke. Crowds of Okafors waved. Then he said so.        | Okafors
            Dmitry Peskov spoke. The role was played by Sam Greene. Then he said so. | Sam Greene
            """)
    void prepositionalObjectsAreNotAntecedents(String text, String object) {
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("Dmitry Peskov", SpeakerKind.PERSON, "Dmitry Peskov", null),
                SieveFixtures.mention(text, "Dmitry Peskov"));
        d.note(new Speaker(object, SpeakerKind.PERSON, object, null), SieveFixtures.mention(text, object));
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "he"), d).name()).isEqualTo("Dmitry Peskov");
    }

    @org.junit.jupiter.api.Test
    void innerCapitalMakesAOneWordNameProper() {
        String text = "McAdoo said so. Then she said it again.";
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("McAdoo", SpeakerKind.PERSON, "McAdoo", null), SieveFixtures.mention(text, "McAdoo"));
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "she"), d).name()).isEqualTo("McAdoo");
    }

    @org.junit.jupiter.api.Test
    void passesWhenNoSpeakerFits() {
        String text = "Then she said so.";
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "she"), SieveFixtures.discourse(text)))
                .isNull();
    }

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Dmitry Peskov spoke. Sam Greene and Vice President Jon Okafor lay flowers. Then he said so.  | he   | Jon Okafor | Sam Greene
            Dmitry Peskov spoke. Sam Greene and Jon Okafor lay flowers. Then he said so.                 | he   | Jon Okafor | Sam Greene
            Dmitry Peskov spoke. Sam Greene met Jon Okafor. Then he said so.                             | he   | Jon Okafor | Jon Okafor
            Dmitry Peskov spoke. Sam Greene and Jon Okafor lay flowers. Then they said so.               | they | Jon Okafor | Jon Okafor
            """)
    void theSecondOfTwoNamesJoinedByAndIsNoSingleAntecedent(String text, String pronoun, String second,
            String expected) {
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("Dmitry Peskov", SpeakerKind.PERSON, "Dmitry Peskov", null),
                SieveFixtures.mention(text, "Dmitry Peskov"));
        d.note(new Speaker("Sam Greene", SpeakerKind.PERSON, "Sam Greene", null), SieveFixtures.mention(text, "Sam Greene"));
        d.note(new Speaker(second, SpeakerKind.PERSON, second, null), SieveFixtures.mention(text, second));
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, pronoun), d).name()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aPronounKeepsTheWordsThatNamedItsSpeaker() {
        String text = "Julianne Smith spoke. They sent the bill to Greene. Then they said so. Later she said so.";
        Discourse d = SieveFixtures.discourse(text);
        d.note(new Speaker("Julianne Smith", SpeakerKind.PERSON, "Julianne Smith", null),
                SieveFixtures.mention(text, "Julianne Smith"));
        d.note(new Speaker("Greene", SpeakerKind.PERSON, "the bill to Greene", null),
                SieveFixtures.mention(text, "the bill to Greene"));
        Speaker theySpeaker = new PronounSieve().resolve(SieveFixtures.mention(text, "they"), d);
        d.note(theySpeaker, SieveFixtures.mention(text, "they"));
        assertThat(theySpeaker.name()).isEqualTo("Greene");
        assertThat(new PronounSieve().resolve(SieveFixtures.mention(text, "she"), d).name()).isEqualTo("Julianne Smith");
    }
}
