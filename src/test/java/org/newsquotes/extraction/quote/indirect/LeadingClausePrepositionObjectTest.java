package org.newsquotes.extraction.quote.indirect;

import static org.newsquotes.extraction.quote.indirect.CueReadings.onlyReading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LeadingClause#read}: the object of a cue's preposition ("vote for", "insist on", "talks over") is a noun
 * phrase, never a clause running into the sentence's own verb, and it ends before a relative clause without
 * "that"; a question word or gerund after the preposition still opens a clause.
 */
class LeadingClausePrepositionObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delegates required to vote for Ortiz could switch to Lee in the second round. | vote | Ortiz
            The council wanted leverage to insist on a judge they can tolerate. | insist | a judge
            Of course, talks over the harbour levy could still break down. | talks | the harbour levy
            Ms. Lee joked about moving to Elm City if Ortiz is elected. | joked | moving to Elm City if Ortiz is elected
            Ms. Lee spoke about what the council would do next. | spoke | what the council would do next
            Ms. Lee announced on Tuesday she would meet the harbour board. | announced | she would meet the harbour board
            """)
    void theObjectOfThePrepositionIsRead(String text, String cue, String content) {
        onlyReading(text, cue, content);
    }
}
