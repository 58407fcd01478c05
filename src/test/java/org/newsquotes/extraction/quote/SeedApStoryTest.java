package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;
import org.newsquotes.extraction.QuoteType;

/**
 * The attribution logic on an un-spun rendering of seed 004 (the AP NATO-Russia story), written for this
 * test; the spun seed itself is covered once the spun-text normaliser is merged.
 */
class SeedApStoryTest {

    static final String TEXT = String.join("\n",
            "BRUSSELS — NATO and Russian officials are gathering Wednesday amid mounting pressure from Moscow.",
            "The talks are part of a series of meetings this week, which has prompted fears that Russian President "
                    + "Vladimir Putin is preparing to launch a new attack.",
            "“I don’t think we can expect that these meetings will solve all issues,” NATO Secretary General Jens "
                    + "Stoltenberg told reporters this week. “What we are hoping for is that we can agree on a way "
                    + "forward, that we can agree on a process.”",
            "Russia denies it plans to attack, but Putin has accused NATO of threatening Russian security and warned "
                    + "of a “military-technical” response to any “unfriendly steps.”",
            "U.S. Ambassador to NATO Julianne Smith said Tuesday that in conversations with member states, “it has "
                    + "become crystal clear that not a single country is willing to budge on NATO’s ‘open door’ "
                    + "policy,” which allows any country to join. Speaking in a call with reporters Tuesday, Smith "
                    + "said she “cannot imagine any scenario where that is up for discussion.”",
            "Smith said a 2008 Bucharest summit concluded that admitting Ukraine and Georgia to NATO was a question "
                    + "of “not whether but when.” She called Russia’s demands a “non-starter.”",
            "Kremlin spokesperson Dmitry Peskov said Wednesday that Russia saw NATO’s open door policy as a threat. "
                    + "He said Russia was “open to dialogue,” despite the tough situation.",
            "“We would not like to, like American officials, make out threats,” Peskov said.",
            "Having conversations with Russia could prevent a war, according to Sam A. Greene, director of the "
                    + "Russia Institute at King’s College London. Greene said discussions will not be “a quick or "
                    + "easy process.”",
            "“Strategic discussions are better than war,” Greene said.",
            "The Russian ambassador to Washington, Anatoly Antonov, said the United States should drop its "
                    + "“aggressive rhetoric of foreign expansion” and think instead about future generations.",
            "He said at Wednesday’s NATO-Russia Council meeting, Moscow wanted “a substantive discussion of the "
                    + "Russian documents.”",
            "Russian officials have steadily ratcheted up pressure, with claims that Kyiv or Washington were planning "
                    + "“provocations” against Russia.");

    static List<Quote> quotes;

    @BeforeAll
    static void extract() {
        quotes = new QuoteExtractor().extract(ArticleInput.ofText(TEXT, LocalDate.of(2022, 1, 12))).quotes();
    }

    static Quote find(String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + quotes));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            I don’t think           | DIRECT  | Jens Stoltenberg | NATO Secretary General
            What we are hoping      | DIRECT  | Jens Stoltenberg | NATO Secretary General
            military-technical      | PARTIAL | Vladimir Putin   | Russian President
            it has become crystal   | PARTIAL | Julianne Smith   | U.S. Ambassador to NATO
            cannot imagine          | PARTIAL | Julianne Smith   | U.S. Ambassador to NATO
            non-starter             | PARTIAL | Julianne Smith   | U.S. Ambassador to NATO
            open to dialogue        | PARTIAL | Dmitry Peskov    | Kremlin spokesperson
            We would not like       | DIRECT  | Dmitry Peskov    | Kremlin spokesperson
            a quick or easy         | PARTIAL | Sam A. Greene    | director of the Russia Institute at King’s College London
            Strategic discussions   | DIRECT  | Sam A. Greene    | director of the Russia Institute at King’s College London
            aggressive rhetoric     | PARTIAL | Anatoly Antonov  | the Russian ambassador to Washington
            a substantive           | PARTIAL | Anatoly Antonov  | the Russian ambassador to Washington
            """)
    void speakerTypeAndRole(String start, QuoteType type, String speaker, String role) {
        Quote q = find(start);
        assertThat(q.type()).isEqualTo(type);
        assertThat(q.speaker().name()).isEqualTo(speaker);
        assertThat(q.role()).isEqualTo(role);
    }

    @Test
    void stoltenbergCueIsToldReporters() {
        assertThat(find("I don’t think").cue()).isEqualTo("told reporters");
    }

    @Test
    void nestedSingleQuotesStayInside() {
        assertThat(find("it has become crystal").text()).contains("‘open door’ policy");
    }

    @Test
    void scareQuoteHasLowConfidence() {
        Quote q = find("provocations");
        assertThat(q.speaker()).isNull();
        assertThat(q.confidence()).isLessThan(0.5);
        assertThat(find("I don’t think").confidence()).isGreaterThan(0.8);
    }
}
