package org.newsquotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unattributed partial quotes right after reported speech take its speaker (a person, organisation or group, never an anonymous source); others stay unattributed. */
class ReportedFragmentsTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rita Marlowe said she believed that the harbour was ready for “a new kind of ferry.”         | a new kind of ferry. | Rita Marlowe
            The Port Authority said on Monday that it is opening a review of how such “secret” files left the office. | secret | Port Authority
            Much now depends on the board and on Mayor Rita Marlowe's stern warning that the bridge could “fall apart” soon. | fall apart | Rita Marlowe
            Leaders of the union have said they want every driver to earn “a living wage” by spring.      | a living wage        | Leaders of the union
            Most ferry riders said the timetable was “a mess.”                                              | a mess.              | Most ferry riders
            Harbor officials in the town say the ferries run on “borrowed time.”                          | borrowed time.       | Harbor officials
            A harbor clerk in the town says the ferries run on “borrowed time.”                           | borrowed time.       |
            The ferry, a “floating gilded palace,” sailed at noon.                                         | floating gilded palace, |
            """)
    void fragmentAfterReportedSpeech(String text, String fragment, String speaker) {
        List<Quote> quotes = EXTRACTOR.extract(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12))).quotes();
        Quote q = quotes.stream().filter(x -> x.text().equals(fragment)).findFirst().orElseThrow();
        assertThat(q.type()).isEqualTo(QuoteType.PARTIAL);
        assertThat(q.speaker() == null ? null : q.speaker().name()).isEqualTo(speaker);
    }
}
