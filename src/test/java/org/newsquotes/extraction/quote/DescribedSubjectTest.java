package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle after a comma whose main clause names nobody takes the clause's described subject
 * ({@link DescribedSubject}): the phrase opening the sentence up to its first past-tense verb.
 */
class DescribedSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            His chief aide doubled down on attacks on Okafor's record, saying she's experienced “on paper” only.       | His chief aide
            Hundreds of pro-Okafor bakers marched through the city centre on Monday, chanting “Bread for all,” loudly.  | Hundreds of pro-Okafor bakers
            Okafor and other Leeds bakers shunned Marlowe during his visits, claiming that he is “anti-bread.”           | Okafor and other Leeds bakers
            The retired baker has provided no details about his plan, saying only that he was “refining some recipes.”  | The retired baker
            """)
    void theParticiplesSubjectIsTheDescribedOne(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
