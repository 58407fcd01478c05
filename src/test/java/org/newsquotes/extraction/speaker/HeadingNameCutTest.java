package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.SpeakerKind;

/** A name run on into a title-case heading is cut before the heading's first non-name word. Invented names. */
class HeadingNameCutTest {

    private static Mention mention(String name, SpeakerKind kind) {
        return new Mention(new Span(0, name.length()), name, name, null, kind, false, Gender.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Jo Lee On How Farm Policy Makes Growers Feel | PERSON       | Jo Lee
            Sam Ortiz Defends Himself In Court            | ANONYMOUS    | Sam Ortiz
            Ortiz Says Rivals Lied                        | PERSON       | Ortiz
            Ana Ruiz She Never Saw                        | PERSON       | Ana Ruiz
            Jo Lee                                        | PERSON       | Jo Lee
            Ann Long                                      | PERSON       | Ann Long
            Council On Farm Relations                     | ORGANIZATION | Council On Farm Relations
            Friends Of The Earth On Farms                 | GROUP        | Friends Of The Earth On Farms
            Bank Of Salem On Farms                        | ORGANIZATION | Bank Of Salem On Farms
            On Farms                                      | PERSON       | On Farms
            Jo Lee on farms                               | PERSON       | Jo Lee on farms
            """)
    void cutsAtHeadingWord(String name, SpeakerKind kind, String expected) {
        Mention m = HeadingNameCut.cut(mention(name, kind));
        assertThat(m.name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "resolved: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Jo Lee On How Farm Policy Makes Growers Feel | Jo Lee
            Sam Ortiz Defends Himself In Court            | Sam Ortiz
            """)
    void resolverReadsTheCutName(String name, String expected) {
        Discourse d = SieveFixtures.discourse("Farm talk.\n\n" + name + " today.\n\nMore text.");
        assertThat(new SpeakerResolver().resolve(mention(name, SpeakerKind.PERSON), d).name()).isEqualTo(expected);
    }
}
