package org.newsquotes.extraction.quote;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Attribution shapes around named sources, one table per rule (invented sentences): how the source phrase is
 * delimited, which verb's subject speaks, and lead-ins that are not plain "X said:".
 */
class NamedSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “The plan is a sham,” said Rep. J.T. Okafor (D-Ohio), head of the bakers’ caucus.          | J.T. Okafor
            “The plan is a sham,” said Del. Rita Marlowe of the Harbor Islands.                        | Rita Marlowe
            “The plan is a sham,” said 9/11 widow Rita Marlowe.                                       | Rita Marlowe
            “The plan is a sham,” Sam Okafor III, a baker from Akron, said on Twitter.                 | Sam Okafor III
            “The plan is a sham,” Ms. Marlowe of the Harbor Trust said.                                | Marlowe
            “The plan is a sham,” Sam Okafor, the spokesman for the Ohio Bakers Party said on Monday.  | Sam Okafor
            On Thursday, in the Harbor release announcing his role, Okafor described the plan as a “sham.” | Okafor
            """)
    void sourcePhraseShapes(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rita Marlowe, head of the Bakers Guild, which represents city bakers, said she hoped the day sends a message that “bread matters.” | Rita Marlowe
            “We won!” Jo’s aunt, state Sen. Rita Marlowe (D-Akron), shouted to the crowd.              | Rita Marlowe
            “It is a start,” Anne Okafor, assistant secretary for bakeries, mills, and ovens, said on the call. | Anne Okafor
            “Very good baker, this guy,” Okafor, the bakers' favourite this year and the clear leader in the county poll since the spring fair, said when Lee asked. | Okafor
            “We won!” Jo’s aunt, state Sen. Rita “Ree” Marlowe (D-Akron), shouted to the crowd.        | Rita “Ree” Marlowe
            """)
    void appositives(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At the spring fair Sen. Rita Marlowe (D-Ohio) said the plan was a “sham” from the start.    | Rita Marlowe
            In a radio interview Okafor declared “The plan is a sham.”                                          | Okafor
            In an interview on WKRP's Morning Show Mayor Rita Marlowe said the plan was a “sham” all along.       | Rita Marlowe
            Sam Okafor, a baker who advised Marlowe on the plan, said it has been a success “by any measure.”    | Sam Okafor
            While not everything Okafor says is true, Marlowe said the plan is “mostly sound” on paper.          | Marlowe
            After the fire, but before city bakers had weighed in, Mayor Rita Marlowe said "a pipe" had burst.    | Rita Marlowe
            In a statement announcing the vote, the Bakers Guild called the plan a “sham” and a disgrace.        | the Bakers Guild
            Okafor said the bakers will still meet, but said, “It is time we change,” promising the Bakers Guild will return. | Okafor
            He called it a “distortion,” describing the Harbor Guild as highly skilled.                   | he
            That would mean a “summer of agony” for Lee, forcing her to fend off two rivals, said Brad Okafor, a pollster. | Brad Okafor
            “Watch the oven,” said former tech executive Rita Marlowe during the second debate.        | Rita Marlowe
            “Watch the oven,” said Okafor throughout the long meeting on Monday.                          | Okafor
            “Watch the oven,” said Marlowe amid cheers from the bakers.                                   | Marlowe
            Okafor, the guild's head, described the Bakers Guild during a radio interview as “a relic.”   | Okafor
            Okafor spoke first. “We are shocked,” one bakery employee told a radio station.               | one bakery employee
            Okafor acted once. “It is a two-horse race,” the Ohio actor says of the contest.              | the Ohio actor
            “We were misled,” said one owner of a shop that sells bread.                                 | one owner of a shop
            These rulings, the lawyers said, “all point the same way” on the plan.                        | the lawyers
            """)
    void whoseVerbSpeaks(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor was asked by host Rita Marlowe, who backs him, “Will you run again next year?”        | Rita Marlowe
            Okafor sang to the crowd before asking them, “Where do we go from here?”                      | Okafor
            The dough is fine, Okafor said, adding, “It just needs time.”                                 | Okafor
            Sen. Susan Marlowe (D-Ohio) scolded him: “The bakers are against you,” she said.              | Susan Marlowe
            “The plan is a sham,” Okafor shot back.                                                       | Okafor
            Marlowe fired back: “The plan is a sham.”                                                     | Marlowe
            The bakers asked for a vote. Okafor resisted:  "Mayors do not have that power."              | Okafor
            Bakers agree - Rita Marlowe: “Keep baking as late as possible.”                               | Rita Marlowe
            As the Harbor Times put it, “the plan is a sham.”                                             | the Harbor Times
            On Monday Okafor released the following statement: “The plan is a sham.”                     | Okafor
            """)
    void leadIns(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In June, Gov. Rita Marlowe of West Virginia praised the bakers for their "new and bold ideas."    | Rita Marlowe
            Senate Leader Will Okafor (D-Ohio), in particular, has been calling the plan a “sham” for weeks.  | Will Okafor
            """)
    void sentenceSubjects(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Okafor weighed in on Tuesday, hours after Marlowe said she was “pleased” with the plan.              | Marlowe
            Both bakers issued a statement – Marlowe saying she was “very pleased” with the deal.                | Marlowe
            The two met on Monday, with Marlowe praising the deal and Okafor calling it a “good start” for all.  | Okafor
            Sen. Susan Marlowe (D-Ohio), who has endorsed Okafor, said the plan is “sound” on paper.              | Susan Marlowe
            Okafor was asked by radio host Rita Marlowe whether the plan would cost “a fortune” in the end.        | Rita Marlowe
            Guild Chairman J.T. Okafor of North Dakota said he was “thrilled” by the vote.                         | J.T. Okafor
            The Harbor Council met on Friday and pledged to act against what it called “a clear threat” to trade. | The Harbor Council
            “People say, ‘It does not matter,’” said Charlie King, a baker from Akron.                             | Charlie King
            “People say, ‘It does not matter,’” Charlie T. King, a baker from Akron, said of the plan.             | Charlie T. King
            “People say, ‘It does not matter,’” said Rep. Peter T. Bishop, a Republican.                          | Peter T. Bishop
            """)
    void clausesAndNames(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On May 2, Okafor made the following comment: “The plan is a sham.”                                  | Okafor
            Okafor shot back, saying he has “made a fortune in bad markets.”                                     | Okafor
            Marlowe cannot judge it, Okafor added, saying it should be “up to the court” in the end.             | Okafor
            But Sen. Rita Marlowe (D-Ohio) refused to go on, replying that she is “not going there.”              | Rita Marlowe
            Hours later, Okafor told the radio, “The plan is a sham.”                                            | Okafor
            """)
    void participlesAndColons(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'The bakers met on Monday.\n\nOkafor released the following statement:\n\n“The plan is a sham.”' | Okafor
            'The bakers met on Monday.\n\nStated Okafor:\n\n“The plan is a sham.”'                            | Okafor
            """)
    void colonParagraphBeforeTheQuote(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text.replace("\\n", "\n")), expected);
    }

    /** A no-break space after a full stop still ends the sentence, so the next one's subject is its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The bakers met (and argued).\u00A0Sam Okafor (D-Ohio), in particular, has been calling the plan a “sham.” | Sam Okafor
            """)
    void noBreakSpaceEndsTheSentence(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Guild Secretary Rita Marlowe released a statement saying that Okafor had "lost his way" long ago.     | Rita Marlowe
            Sam Okafor, head of the Harbor Bakers Union said, “It is not a money problem.”                        | Sam Okafor
            Marlowe answered the question on Facebook writing, “Yes, I will.”                                     | Marlowe
            The ad ends with footage of Okafor saying last week, “That makes me smart,” to applause.              | Okafor
            Amid the fuss over Mayor Rita Marlowe, former envoy Sam Okafor told the paper, “It is a farce.”       | Sam Okafor
            """)
    void objectsAndAppositives(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “It is a farce.” Rep. Sam Okafor, R-Pa., said of the fuss.                                | Sam Okafor
            "It's about time," beamed the mayor's guest, actress Rita Marlowe.                        | Rita Marlowe
            One man wrote, “She could barely bend over.”                                              | One man
            Another source familiar with the guild’s thinking said, “They will try.”                  | Another source
            And then Okafor went on the attack, saying, "Is the plan a sham?"                         | Okafor
            """)
    void anonymousAndInvertedShapes(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Twenty years ago, a Gazette article hailed Okafor as “The Comeback Baker” for his work.       | a Gazette article
            The Okafor ad hits Marlowe for taking “more money from bankers than from bakers” last year.   | The Okafor ad
            """)
    void documentsAsSources(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "Thanks for coming," said master of ceremonies Rita Marlowe, a baker.                         | Rita Marlowe
            "We are here to help," said director of communications Sam Okafor.                           | Sam Okafor
            "We are here to help," Will Okafor, the head of the guild, said of the plan.                  | Will Okafor
            Sen. Rita Marlowe (D-Ohio), said after lunch that she had not read it, but called it a “good start.” | Rita Marlowe
            """)
    void lowerCaseRolesAndStrayCommas(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }

    /** Windows that open with the comma or the verb itself: no source, and no exception. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ', said that it was a “sham.”'        | -
            '), said that it was a “sham.”'       | -
            """)
    void windowOpeningWithPunctuation(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
