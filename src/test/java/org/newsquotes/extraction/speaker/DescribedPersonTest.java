package org.newsquotes.extraction.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description-only subject that fits one person's role written earlier ("the Republican candidate" after
 * "Republican presidential candidate Tom Voss") makes that person the one a following "he" means; a description
 * that fits nobody's role, or several people's, leaves "he" to the last person named.
 */
class DescribedPersonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Republican candidate | Tom Voss
            the candidate            | Tom Voss
            The farm inspector       | Bill Okafor
            The Democratic candidate | Bill Okafor
            """)
    void pronounAfterDescriptionGoesToThePersonItDescribes(String description, String expected) {
        String text = "Republican presidential candidate Tom Voss spoke. Bill Okafor, the mayor, spoke. "
                + description + " said no. He left.";
        Discourse d = SieveFixtures.discourse(text);
        SpeakerResolver resolver = new SpeakerResolver();
        for (String phrase : new String[] {"Republican presidential candidate Tom Voss", "Bill Okafor", description}) {
            resolver.resolve(SieveFixtures.mention(text, phrase), d);
        }
        assertThat(resolver.resolve(SieveFixtures.mention(text, "He"), d).name()).isEqualTo(expected);
    }
}
