package org.newsquotes.extraction.quote;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words after a reporting verb are its source only in the inverted order ("…, said Marlowe"), not when
 * they are its object ("… and told the council that …", "…, urging bakers to …") or the subject of the
 * reported clause ("… and said the mayor had …"). Words quoted inside someone's claim are that person's
 * ("rejected Okafor’s claim that … “sham”" gives Okafor; see {@link PossessiveSourceTest}).
 */
class ObjectNotSourceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Rita Marlowe went further on Friday and said the mayor had “lost the plot” on the budget.    | Rita Marlowe
            Rita Marlowe, speaking in Leeds, went further, urging bakers to “stand firm” on prices.       | Rita Marlowe
            Marlowe did not name the mayor but told city bakers that Leeds should “stand firm” on prices.   | Marlowe
            The plan is a “sham,” said Rita Marlowe, a baker from Leeds.                                  | Rita Marlowe
            Rita Marlowe took to Facebook to say the plan was a “sham” from the start.                    | Rita Marlowe
            Rita Marlowe went to Leeds to accuse the Bakers Guild of a “sham” vote.                        | Rita Marlowe
            Rita Marlowe rejected Okafor’s claim that the bakery was a “sham” outright.                  | Okafor
            Bakers spread rumours of “sabotage” and warnings that Leeds would not wait long.          | Bakers
            A fire broke out that Rita Marlowe described as “deliberate” on Friday.                  | Rita Marlowe
            Bakers were quick to react, with Rita Marlowe calling the plan a “sham” on the radio.         | Rita Marlowe
            """)
    void sourceIsTheSubject(String text, String expected) {
        QuoteSources.assertSourceName(QuoteSources.firstFinding(text), expected);
    }
}
