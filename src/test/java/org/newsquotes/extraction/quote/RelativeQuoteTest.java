package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

/**
 * A quote right after the verb of a relative clause ("a clip that X called “…”", "an incident X brought up as
 * “…”", ", which X said was “…”") is its subject's ({@link RelativeQuote}), over a source written after the quote;
 * a clause closed by its quote and a comma gives no source to a later quote of the sentence. Not relative: no
 * subject before the verb ("a clip that called X “…”"), a "that" after a reporting or other verb ("Lee said that
 * Ortiz was “…”"), a verb with its own object, a verb that names nothing ("what he believes “…”").
 */
class RelativeQuoteTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            In a clip that Judge Ana Ruiz called “distasteful,” Sam Ortiz expressed a desire to “try, convict.”          | distasteful   | Ana Ruiz
            In a clip that Judge Ana Ruiz called “distasteful,” Sam Ortiz expressed a desire to “try, convict.”          | try           | Sam Ortiz
            And, in a clip that Judge Ana Ruiz called “distasteful,” Sam A. Ortiz expressed a wish to “try, convict.”    | try           | Sam A. Ortiz
            Jo Lee studied the death of Ben Park, an incident Mayor Tom Reyes brought up as “very fishy” on radio.       | very fishy    | Tom Reyes
            Dan Okafor repeated the remark Jo Lee described as “a cheap shot.”                                          | a cheap shot  | Jo Lee
            The council backed a plan Mayor Rita Marlowe has dubbed “the harbour deal.”                                 | the harbour   | Rita Marlowe
            The union rejected the clip, which Dan Lee said was “a fake,” and asked for an apology.                     | a fake        | Dan Lee
            Voters heard the warnings that Sen. Jo Lee called “alarmist,” Dan Okafor said.                              | alarmist      | Jo Lee
            Jo Lee backed the clip, which Sam Ortiz called “a sham,” and praised the “brave” crew.                      | a sham        | Sam Ortiz
            Jo Lee backed the clip, which Sam Ortiz called “a sham,” and praised the “brave” crew.                      | brave         | Jo Lee
            The mayor knew the man Sam Ortiz called “a hero,” Jo Lee said.                                             | a hero        | Sam Ortiz
            Dan Okafor cut the ones Rita Marlowe now says are “too costly.”                                              | too costly    | Rita Marlowe
            The port hoped to shed what Sam Ortiz called “an image problem,” Jo Lee said.                               | an image      | Sam Ortiz
            “Brave,” Jo Lee said, meaning that Ortiz says what he believes “no matter what.”                            | no matter     | Jo Lee
            The board posted a clip that called Sam Ortiz “a liar,” Dan Lee said.                                       | a liar        | Dan Lee
            Jo Lee said that Sam Ortiz was “unfit.”                                                                     | unfit         | Jo Lee
            Jo Lee said that Sam Ortiz called “a sham” the new plan.                                                    | a sham        | Jo Lee
            The aide learned that Sam Ortiz called it “a sham,” Jo Lee said.                                            | a sham        | Jo Lee
            The way Sam Ortiz described it was “a mess,” Jo Lee said.                                                   | a mess        | Jo Lee
            """)
    void theRelativeClauseSubjectSpeaks(String text, String quote, String expected) {
        QuoteSources.assertSourceName(finding(text, quote), expected);
    }

    /** The finding whose quoted words start with {@code quote}. */
    private static Finding finding(String text, String quote) {
        List<Finding> found = new DirectQuoteDetector(new TextIndex(text), false).detect();
        for (Finding f : found) {
            if (text.substring(f.content().start(), f.content().end()).startsWith(quote)) {
                return f;
            }
        }
        assertThat(found).as("a quote starting with " + quote).isEmpty();
        return null;
    }
}
