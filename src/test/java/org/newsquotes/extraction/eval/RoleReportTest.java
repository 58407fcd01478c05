package org.newsquotes.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleReportTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the botanist Wilma Strand, a former aide in the Ostland cabinet,|botanist aide ostland cabinet",
        "Sen. Orla Quist (D-Maine)|senator democrat maine",
        "Bram Tolle, a Whig pollster working for Fair Harbor|whig pollster working fair harbor",
        "Mr. Tolle|''",
        "Tolle, 44,|''",
        "Deputy Mayor Ada Venn, who ran the count,|deputy mayor",
        "Deputy Sheriff Ada Venn|deputy sheriff",
        "Harlow Institute's Ada Venn|harlow institute",
    })
    void goldRoleWords(String mention, String words) {
        assertEquals(words, String.join(" ", GoldRole.ofMention(mention)));
    }

    @Test
    void noPersonNoGoldRole() {
        assertNull(GoldRole.ofMention("the spokesman"));
        // the scorer cuts at "of" and finds no name there either
        assertNull(GoldRole.ofMention("Secretary of State Ada Venn"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sen.|senator",
        "a Whig pollsters' adviser|whig pollster adviser",
        "former envoy to Ostland|envoy ostland",
    })
    void predictedRoleWords(String role, String words) {
        assertEquals(words, String.join(" ", GoldRole.ofRole(role)));
    }

    @Test
    void countsFoundRightWrongAndBare() {
        List<GoldQuote> gold = List.of(
                new GoldQuote(0, 10, "Sen. Orla Quist", "direct"),
                new GoldQuote(20, 30, "Bram Tolle, a Whig pollster,", "direct"),
                new GoldQuote(40, 50, "Ada Venn, the harbour master,", "indirect"),
                new GoldQuote(60, 70, "Quist", "direct"),
                new GoldQuote(80, 90, "Quist", "direct"),
                new GoldQuote(100, 110, "Cleo Marsh, a baker,", "direct"),
                new GoldQuote(120, 130, "he", "direct"));
        List<PredQuote> pred = List.of(
                new PredQuote(1, 9, "direct", "Orla Quist", 1),
                new PredQuote(21, 29, "direct", "Bram Tolle", 1),
                new PredQuote(41, 49, "indirect", "Ada Venn", 1),
                new PredQuote(61, 69, "direct", "Orla Quist", 1),
                new PredQuote(81, 89, "direct", "Orla Quist", 1),
                new PredQuote(101, 109, "direct", "Bram Tolle", 1),
                new PredQuote(121, 129, "direct", "Bram Tolle", 1));
        List<String> roles = List.of("Sen.", "the Whig party's pollster", "", "Sen.", "", "pollster", "pollster");
        RoleReport report = new RoleReport();
        report.add(gold, pred, roles, List.of(true, true, true, true, true, true, true));
        // with role: Quist (right), Tolle (right), Venn (missed: blank role); Marsh: wrong speaker, not judged
        assertArrayEquals(new int[] {3, 2, 2, 2, 1}, report.counts());
        RoleReport persons = new RoleReport();
        persons.add(gold, pred, List.of("x", "y", "z", "", "", "", ""), List.of(true, false, false, true, true,
                true, true));
        assertArrayEquals(new int[] {1, 1, 0, 2, 0}, persons.counts());
    }
}
