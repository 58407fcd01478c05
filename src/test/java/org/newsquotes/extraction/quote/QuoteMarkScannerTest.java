package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.text.TextIndex;

class QuoteMarkScannerTest {

    private static List<String> scan(String text) {
        TextIndex index = new TextIndex(text);
        return new QuoteMarkScanner().scan(index).stream().map(q -> q.inner().of(text)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            curly pair                 | He said “we will win,” and left.                         | we will win,
            straight pair              | He said "we will win," and left.                         | we will win,
            guillemets                 | Er sagte «wir gewinnen» heute.                           | wir gewinnen
            german low-high            | Er sagte „wir gewinnen“ heute.                           | wir gewinnen
            nested single belongs      | “It relates to NATO’s ‘open door’ policy,” she said.    | It relates to NATO’s ‘open door’ policy,
            apostrophes are not marks  | Smith’s plan isn’t “serious,” he said.                   | serious,
            markup attributes skipped  | <tweet author="someone">“Hello there,”</tweet> he wrote. | Hello there,
            two singles close a double | She asked a “question’’ that stung the panel.             | question
            lost opening after lead-in | Listing the ferries she added, the pier is a failure.”    | the pier is a failure.
            """)
    void findsOnePassage(String name, String text, String expected) {
        assertThat(scan(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unclosed stays in its paragraph | He said “this never closes.\\n\\nShe said “ok.”       | ok.
            restart on second opener        | A “broken one and “a good one” here.                   | a good one
            sentence ends before reopening  | She said “we are late. “Go now,” he said.              | we are late.;Go now,
            """)
    void unbalancedMarksDoNotSwallowText(String name, String text, String expected) {
        assertThat(scan(text.replace("\\n", "\n"))).containsExactly(expected.split(";"));
    }

    @org.junit.jupiter.api.Test
    void multiParagraphQuoteIsChained() {
        String text = "“First paragraph of the quote.\n\n“Second paragraph of it,” she said.";
        List<MarkedQuote> quotes = new QuoteMarkScanner().scan(new TextIndex(text));
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).runsOn()).isTrue();
        assertThat(quotes.get(0).inner().of(text)).isEqualTo("First paragraph of the quote.");
        assertThat(quotes.get(1).continued()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void quoteOpenedAfterALeadInRunsOnIntoTheNextParagraph() {
        String text = "The mayor said: \"We will reopen the pier.\n\n\"And the beach after it,\" she added.";
        List<MarkedQuote> quotes = new QuoteMarkScanner().scan(new TextIndex(text));
        assertThat(quotes).extracting(q -> q.inner().of(text))
                .containsExactly("We will reopen the pier.", "And the beach after it,");
        assertThat(quotes.get(0).runsOn()).isTrue();
        assertThat(quotes.get(1).continued()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void unclosedStraightMarkDoesNotRunOnIntoATypographicQuote() {
        String text = "\"The ferry was late again.\n\n“We waited an hour,” she said.";
        List<MarkedQuote> quotes = new QuoteMarkScanner().scan(new TextIndex(text));
        assertThat(quotes).extracting(q -> q.inner().of(text)).containsExactly("We waited an hour,");
        assertThat(quotes.get(0).continued()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nested in straight marks  | "I can’t shout. It comes across as “too loud” or “too much.”"     | I can’t shout. It comes across as “too loud” or “too much.”
            doubled opener not nested | "“We won the vote,” she said after the count.                    | We won the vote,
            no straight closer        | "Our plan is “bold” she said, and the council agreed.           | bold
            """)
    void typographicQuoteInsideAStraightQuote(String name, String text, String expected) {
        assertThat(scan(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one inner pair         | “Not all homes, from “cell only” ones up, were polled,” Lee said.   | Not all homes, from “cell only” ones up, were polled,
            two inner pairs        | “We said “yes” and later “no” to the pier,” he said.                | We said “yes” and later “no” to the pier,
            inner pair at the end  | Okafor wrote: “The fee is what they call a “levy.”” Then he left.  | The fee is what they call a “levy.”
            no outer closer        | A “broken one and “a good one” here.                                | a good one
            """)
    void curlyPairInsideACurlyQuoteIsNestedWhenTheOuterOneCloses(String name, String text, String expected) {
        assertThat(scan(text)).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void quoteClosedAfterItsSignatureLineIsKept() {
        String text = "\"Rents will keep rising until we build more.\nJo Park, Housing Forum.\"\n\nNext topic.";
        List<MarkedQuote> quotes = new QuoteMarkScanner().scan(new TextIndex(text));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).inner().of(text)).isEqualTo("Rents will keep rising until we build more.");
        assertThat(quotes.get(0).closed()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            opening its paragraph | "Rents keep rising.\\nThe council met.                 | Rents keep rising.
            after a lead-in colon | From the report: “Rents rise. Build.\\n\\nNext topic. | Rents rise. Build.
            last paragraph        | Intro.\\n\\n“Rents keep rising.                        | Rents keep rising.
            after a lead-in comma | “Rents rise,” Lee added, “until we build.\\n\\nNext.   | until we build.
            at a sentence start   | Lee spoke. “Rents rise until we build.\\n\\nNext.      | Rents rise until we build.
            """)
    void unclosedQuoteRunsToTheParagraphEnd(String name, String text, String expected) {
        List<MarkedQuote> quotes = new QuoteMarkScanner().scan(new TextIndex(text.replace("\\n", "\n")));
        MarkedQuote last = quotes.get(quotes.size() - 1);
        assertThat(last.inner().of(text.replace("\\n", "\n"))).isEqualTo(expected);
        assertThat(last.closed()).isFalse();
        assertThat(last.runsOn()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lone closer, no lead-in    | The pier is a failure.” The board met.             |
            mid-sentence mark          | The council said “rents rise.\\n\\nNext topic.   |
            lost close inside sentence | Voters who are “very liberal) and others.\\n\\nNext. |
            before the other style     | "Rents rise.\\n\\n“We waited,” she said.          | We waited,
            """)
    void otherUnclosedQuotesAreDropped(String name, String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected);
        assertThat(scan(text.replace("\\n", "\n"))).isEqualTo(want);
    }

    @org.junit.jupiter.api.Test
    void markupTagOverALineBreakIsSkipped() {
        String text = "Intro line.\n\n<post author=\"@someone\" date=\"March 3,\n\">“Short and sweet,” she posted.</post>";
        assertThat(scan(text)).containsExactly("Short and sweet,");
    }

    @org.junit.jupiter.api.Test
    void markupTagOverSeveralParagraphsIsSkipped() {
        String text = "<post title=\"first\n\nsecond \"word\" part\n\nend\">\n\nHe said “yes.”";
        assertThat(scan(text)).containsExactly("yes.");
    }

    @org.junit.jupiter.api.Test
    void lessThanSignIsNotATag() {
        assertThat(scan("Costs < 5 percent, “a bargain,” he said > twice.")).containsExactly("a bargain,");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            after a lead-in comma         | She says,” we need more buses.”                    | we need more buses.
            after a lead-in colon         | The note read:” Back at noon.”                     | Back at noon.
            at the paragraph start        | ” … and the ferry runs late,” the mayor said.      | … and the ferry runs late,
            """)
    void reversedOpeningMarkWithAClosingMarkLater(String name, String text, String expected) {
        assertThat(scan(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            at the paragraph end       | Lee posted: “Let’s vote early.’ Lee then left.               | Let’s vote early.
            before another quote       | Lee posted: “Let’s vote early.’ Then “Done,” she wrote.      | Let’s vote early.;Done,
            """)
    void singleMarkClosesADoubleOneLeftOpen(String name, String text, String expected) {
        assertThat(scan(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            curly nested single    | He wrote: “Read ‘The Pier.’ It is good.
            straight nested single | He wrote: "Read 'The Pier,' it is good.
            plural possessive      | He wrote: “The voters’ choice is clear. Very clear.
            """)
    void singleMarkThatClosesANestedQuoteOrIsAnApostropheClosesNothing(String name, String text) {
        assertThat(scan(text)).containsExactly(text.substring(11));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            value after '='           | <post post-author="Jane Doe" post-date="May 1">Hello</post> and “fine,” he said. | fine,
            value after '= ' in prose | <post post-author=" a very long attribute" x="y">He said “fine,” then left.     | fine,
            straight closer opens none | He gave a quick overview of [the] options" and then "next steps" came up.   | next steps
            """)
    void marksThatCannotOpenAQuotation(String name, String text, String expected) {
        assertThat(scan(text)).containsExactly(expected);
    }

    @org.junit.jupiter.api.Test
    void strayClosingMarkWithNothingLaterOpensNothing() {
        assertThat(scan("She added, the plan is a failure.” Then she left.")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void reversedOpeningMarkAfterInvisibleFormatCharacter() {
        assertThat(scan("\u202a”Bring a coat,” wrote a reader.")).containsExactly("Bring a coat,");
    }

    @org.junit.jupiter.api.Test
    void doubledApostrophesAreDoubleMarks() {
        String text = "''We will reopen the pier,'' the mayor said, and ''soon.''\n\nIt isn't the council's plan.";
        assertThat(scan(text)).containsExactly("We will reopen the pier,", "soon.");
    }

    @org.junit.jupiter.api.Test
    void doubledApostropheQuoteRunsOverParagraphs() {
        String text = "''The first part of what she said.\n\n''And the second part,'' she added.";
        List<MarkedQuote> quotes = new QuoteMarkScanner().scan(new TextIndex(text));
        assertThat(quotes).extracting(q -> q.inner().of(text))
                .containsExactly("The first part of what she said.", "And the second part,");
        assertThat(quotes.get(0).runsOn()).isTrue();
        assertThat(quotes.get(1).continued()).isTrue();
        assertThat(text.substring(quotes.get(1).close() + 1)).startsWith(" she added");
    }
}
