package org.newsquotes.extraction.quote.indirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.quote.IndirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;

class IndirectQuoteDetectorTest {

    private final IndirectQuoteDetector detector = new IndirectQuoteDetector();

    private List<QuoteCandidate> detect(String text) {
        return detector.detect(CleanedArticle.plain(text, null), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harbour Board spokeswoman Ines Varga said Thursday that the port would reopen next week. | the port would reopen next week | Harbour Board spokeswoman Ines Varga | said
            Mayor Tomlin told reporters that the budget had been balanced for years. | the budget had been balanced for years | Mayor Tomlin | told
            The bridge could be closed until the spring, according to Lena Ortiz, a director of the transit agency. | The bridge could be closed until the spring | Lena Ortiz, a director of the transit agency | according
            According to two council members, the vote was postponed twice. | the vote was postponed twice | two council members | According
            The factory will hire another four hundred workers, company officials said. | The factory will hire another four hundred workers | company officials | said
            The strike is likely to spread to other regions, said Olaf Brandt. | The strike is likely to spread to other regions | Olaf Brandt | said
            The ferry will stop running in the winter, Ms. Varga said. | The ferry will stop running in the winter | Ms. Varga | said
            The port is a major employer, with nearly half of all jobs in the town, according to the harbour board. | nearly half of all jobs in the town | the harbour board | according
            Ruiz spoke to the fishermen, who lost most of their catch this year, according to the local paper. | who lost most of their catch this year | the local paper | according
            The harbour tax was never meant to last, said Gov. Tomlin. | The harbour tax was never meant to last | Gov. Tomlin | said
            Local officials said they rejected the new zoning plan. | they rejected the new zoning plan | Local officials | said
            She argued that the rules had never been enforced. | the rules had never been enforced | She | argued
            The governor has also repeatedly insisted that no taxes will rise. | no taxes will rise | The governor | insisted
            Marsh said nobody can tell what the board intends and the review will not be “a short affair.” | nobody can tell what the board intends | Marsh | said
            The union endorsed Ms. Keller in March. | Ms. Keller | The union | endorsed
            He met the farmers who said the drought had ruined the harvest. | the drought had ruined the harvest | the farmers | said
            Ms. Keller said the rail line would open next year, a delay the council had feared. | the rail line would open next year | Ms. Keller | said
            The senator criticized Mayor Tomlin during a town hall on Friday. | Mayor Tomlin | The senator | criticized
            The union called for a general strike in the ports. | a general strike | The union | called
            Ortiz expressed doubts about the new stadium. | the new stadium | Ortiz | expressed
            Most farmers are more likely to say the new tax is unfair. | the new tax is unfair | Most farmers | say
            The union asked the port authority to delay the vote until May. | to delay the vote until May | The union | asked
            The mayor repeated her criticism of the harbour authority at the meeting. | the harbour authority | her | criticism
            Sen. Ada Brook (D-Ore.) said the bill would fail in committee. | the bill would fail in committee | Sen. Ada Brook | said
            Reid (D) has attacked the lumber mills. | the lumber mills | Reid | attacked
            The harbour master declined to comment. | to comment | The harbour master | declined
            “We are ready,” said Ada Brook, who said the ferry plan would work. | the ferry plan would work | Ada Brook | said
            The two mayors pledged to work together after a long meeting on Monday. | to work together | The two mayors | pledged
            The minister said the port had closed because the river was too low. | the port had closed | The minister | said
            The council met twice in May, and the budget was cut by a third, according to the town clerk. | the budget was cut by a third | the town clerk | according
            The ferry stopped at noon, and the port closed an hour later, the harbour master said. | the port closed an hour later | the harbour master | said
            The harbour deal was first reported by the local radio station. | The harbour deal | the local radio station | reported
            Ortiz said on Friday she had met the harbour master twice. | she had met the harbour master twice | Ortiz | said
            Brandt said last week the port would reopen in May. | the port would reopen in May | Brandt | said
            Ortiz said in a radio interview she would run again. | she would run again | Ortiz | said
            The mayor has said the ferry will stop running and has left the harbour. | the ferry will stop running | The mayor | said
            Ortiz said the port was “open to talks.” | the port was | Ortiz | said
            Mayor Tomlin’s top aide said the budget had been balanced. | the budget had been balanced | Mayor Tomlin’s top aide | said
            The harbour board’s lawyers argued that the lease was void. | the lease was void | The harbour board’s lawyers | argued
            The council met twice in May - the budget was cut by a third, the town clerk said. | the budget was cut by a third | the town clerk | said
            In the spring of that year, the harbour lost most of its ferries, the mayor said. | the harbour lost most of its ferries | the mayor | said
            The harbour master denied the charges through his lawyer. | the charges | The harbour master | denied
            An aide said further U.S.-Canadian talks would be needed. | further U.S.-Canadian talks would be needed | An aide | said
            The tunnel will stay closed until June, said Ann Lee, a lawyer for the city, who lives near the river. | The tunnel will stay closed until June | Ann Lee | said
            Few ferries will sail this winter, say some harbour pilots, who live near the port. | Few ferries will sail this winter | some harbour pilots | say
            Ortiz said the ferry would sail at noon -- and it did. | the ferry would sail at noon | Ortiz | said
            The ferry will sail at noon on Friday -- the harbour master said. | The ferry will sail at noon on Friday | the harbour master | said
            The harbour master said 12,000 people had crossed by ferry in 2.5 hours. | 12,000 people had crossed by ferry in 2.5 hours | The harbour master | said
            The union threw its support behind Mayor Tomlin. | Mayor Tomlin | its | support
            Oskar Lind Jr. said the ferry would sail twice a day. | the ferry would sail twice a day | Oskar Lind Jr. | said
            The harbour master -- who has run the port since May -- said the ferry would sail at noon. | the ferry would sail at noon | The harbour master | said
            Many pilots — including two who live near the port — said the river was too low. | the river was too low | Many pilots | said
            Ortiz, who lives near the “old port,” said the ferry would sail at noon. | the ferry would sail at noon | Ortiz | said
            Ortiz (who has run the port since May) said the ferry would sail at noon. | the ferry would sail at noon | Ortiz | said
            Ortiz, who on Monday joined the board, said Tuesday she doubts the ferry will sail. | she doubts the ferry will sail | Ortiz | said
            The ferry will stop running in the winter, Ms. Varga said on Thursday. | The ferry will stop running in the winter | Ms. Varga | said
            The harbour was closed for a week, the mayor insisted on a new vote. | a new vote | the mayor | insisted
            Experts on river transport said the new dam could change that. | the new dam could change that | Experts on river transport | said
            Ruiz said Thursday during a visit to a school in Erie, Pennsylvania, that the port would close. | the port would close | Ruiz | said
            """)
    void findsContentSourceAndCue(String text, String content, String source, String cue) {
        List<QuoteCandidate> found = detect(text);

        assertThat(found).hasSize(1);
        QuoteCandidate c = found.get(0);
        assertThat(c.type()).isEqualTo(QuoteType.INDIRECT);
        assertThat(c.content().of(text)).isEqualTo(content);
        assertThat(c.source().of(text)).isEqualTo(source);
        assertThat(c.cue().of(text)).startsWith(cue);
        assertThat(c.score()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “We will win this election,” the senator said in a statement.
            The weather was mild and the harbour was quiet all week.
            The said document was filed with the clerk.
            In a long interview with the local radio station, Brandt said, “We are not leaving.”
            After the vote in the council, the mayor said.
            The harbour master was arrested in May.
            The harbour master will address the council on Thursday.
            Few of the ferry crews showed up.
            The harbour master told reporters.
            Her race against the harbour master was close.
            Ortiz said she “would not run again.”
            Ortiz said that she was “not leaving the port.”
            The mayor warned of a “long and hard” winter.
            """)
    void findsNothing(String text) {
        assertThat(detect(text)).isEmpty();
    }

    @Test
    void noBreakSpaceSeparatesWordsLikeASpace() {
        String text = "Mayor Tomlin\u00a0said that the budget had been balanced for years.";

        List<QuoteCandidate> found = detect(text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).isEqualTo("the budget had been balanced for years");
        assertThat(found.get(0).source().of(text)).isEqualTo("Mayor Tomlin");
    }

    @Test
    void participleAfterACommaTakesNoSourceFromThePhraseBeforeIt() {
        String text = "The mayor spoke at the harbour on Friday, warning that the ferry would stop in June.";

        List<QuoteCandidate> found = detect(text);

        assertThat(found).extracting(c -> c.content().of(text)).contains("the ferry would stop in June");
        assertThat(found).filteredOn(c -> c.cue().of(text).equals("warning")).allMatch(c -> c.source() == null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor closed the debate by saying the harbour would stay open. | the harbour would stay open | saying
            She ended the speech without mentioning the ferry strike. | the ferry strike | mentioning
            “We have to win this,” he said, referring to the vote in the valley. | the vote | referring
            Asked about the harbour plan, the mayor said nothing at all. | the harbour plan | Asked
            Asked by a reporter whether the ferry would run, Brandt shook his head. | whether the ferry would run | Asked
            Ortiz was the first mayor to endorse the harbour plan. | the harbour plan | endorse
            The fishermen voted in favor of the harbour levy. | the harbour levy | favor of
            The pilots flew to the capital to discuss the new levy. | the new levy | discuss
            The harbour levy, known as the Ferry Fund, was raised in May. | the Ferry Fund | known as
            The ferries sailed through the week of storms known as Storm Week in March. | Storm Week | known as
            The mayor called the levy “a fair deal,” noting the harbour would stay open. | the harbour would stay open | noting
            The pilots blamed the delay on ''bad weather,'' saying the river was too low. | the river was too low | saying
            """)
    void participleInfinitiveAndAskedClausesTakeNoSource(String text, String content, String cue) {
        List<QuoteCandidate> found = detect(text);

        QuoteCandidate c = found.stream().filter(q -> q.cue().of(text).equals(cue)).findFirst().orElseThrow();
        assertThat(c.content().of(text)).isEqualTo(content);
        assertThat(c.source()).isNull();
    }

    @Test
    void secondVerbAfterAQuoteTakesNoSourceFromTheConjunction() {
        String text = "“The port is closed,” Brook told the council and said the ferry would not run.";

        List<QuoteCandidate> found = detect(text);

        assertThat(found).extracting(c -> c.content().of(text)).containsExactly("the ferry would not run");
        assertThat(found.get(0).source()).isNull();
    }

    @Test
    void titleLineNamesItsSourceBeforeAColon() {
        String text = "Mayor Tomlin: City Budget Will Stay Balanced\n\nThe council met on Monday.";

        List<QuoteCandidate> found = detect(text);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).content().of(text)).isEqualTo("City Budget Will Stay Balanced");
        assertThat(found.get(0).source().of(text)).isEqualTo("Mayor Tomlin");
    }

    @Test
    void colonInsideAParagraphIsNoHeadline() {
        String text = "The council met on Monday.\n\nThe vote was close. Mayor Tomlin: the budget stays balanced.";

        assertThat(detect(text)).isEmpty();
    }

    @Test
    void nestedCueStaysInsideTheOuterContent() {
        String text = "The minister said the mayor wants to close the old library.";

        List<QuoteCandidate> found = detect(text);

        assertThat(found).extracting(c -> c.content().of(text)).containsExactly("the mayor wants to close the old library");
    }

    @Test
    void contentOverlappingATakenSpanIsDropped() {
        String text = "The minister said the harbour would reopen soon.";
        Span taken = new Span(text.indexOf("harbour"), text.indexOf("reopen"));

        assertThat(detector.detect(CleanedArticle.plain(text, null), List.of(taken))).isEmpty();
    }

    @Test
    void candidatesComeInTextOrder() {
        String text = "The mayor said the roads were safe. The road was closed for hours, the police said.";

        List<QuoteCandidate> found = detect(text);

        assertThat(found).extracting(c -> c.content().of(text))
                .containsExactly("the roads were safe", "The road was closed for hours");
    }
}
