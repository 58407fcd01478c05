package org.newsquotes.extraction.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsquotes.extraction.DatePrecision;
import org.newsquotes.extraction.QuoteDate;
import org.newsquotes.extraction.Span;

class QuoteDateResolverTest {

    /** Wednesday. */
    private static final LocalDate PUB = LocalDate.of(2022, 1, 12);

    private final QuoteDateResolver resolver = new QuoteDateResolver();

    /** The sentence is the whole string; the cue is the first occurrence of {@code cue}. */
    private QuoteDate resolve(String sentence, String cue, LocalDate published) {
        return DateCases.resolve(sentence, 0, cue, published);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // sentence | cue | date | precision | words
        "U.S. Ambassador to NATO Julianne Smith said Tuesday that it was clear | said | 2022-01-11 | DAY | Tuesday",
        "Kremlin spokesperson Dmitry Peskov said Wednesday that Russia saw a threat | said | 2022-01-12 | DAY | Wednesday",
        "“I don’t think so,” Stoltenberg told reporters this week. | told | 2022-01-10 | WEEK | this week",
        "Speaking in a call with reporters Tuesday, Smith said she could not imagine it. | said | 2022-01-11 | DAY | Tuesday",
        "He said at Wednesday’s meeting, Moscow wanted “a treatment.” | said | 2022-01-12 | DAY | Wednesday",
        "The minister said yesterday that talks would go on. | said | 2022-01-11 | DAY | yesterday",
        "The minister said today that talks would go on. | said | 2022-01-12 | DAY | today",
        "Officials said last week that the plan was dead. | said | 2022-01-03 | WEEK | last week",
        "Yeltsin warned last month that expansion could sow mistrust. | warned | 2021-12-01 | MONTH | last month",
        "The mayor said this month that rents would rise. | said | 2022-01-01 | MONTH | this month",
        "The senator said last year that the bill was flawed. | said | 2021-01-01 | YEAR | last year",
        "Putin said in 2008 that NATO was a threat. | said | 2008-01-01 | YEAR | 2008",
        "The governor said on Jan. 10 that schools would close. | said | 2022-01-10 | DAY | Jan. 10",
        "The governor said Dec. 28 that schools would close. | said | 2021-12-28 | DAY | Dec. 28",
        "The report, released January 10, 2020, was cited; she said on January 10, 2020 it was wrong. | she said | 2020-01-10 | DAY | January 10, 2020",
        "The party said in a statement on 10 January that it would appeal. | said | 2022-01-10 | DAY | 10 January",
        "On Jan. 5, U.S. Deputy Secretary of State Wendy Sherman said talks were useful. | said | 2022-01-05 | DAY | Jan. 5",
        "Smith said in March that it was over. | said | 2021-03-01 | MONTH | March",
        "Smith said Tuesday that a meeting on Friday would follow. | said | 2022-01-11 | DAY | Tuesday",
        "In 2010 she said the law was unfair. | said | 2010-01-01 | YEAR | 2010",
        "“We met on Monday,” the adviser said Tuesday. | said | 2022-01-11 | DAY | Tuesday",
        "The idea gathered steam this past week, the columnist said. | said | 2022-01-10 | WEEK | this past week",
        "The mayor said during Monday’s council meeting that rents would rise. | said | 2022-01-10 | DAY | Monday",
        "Her attack on the mayor in last Monday's debate was sharp. | attack | 2022-01-10 | DAY | Monday",
        "Over the last year the mayor has said rents would rise, aides said Tuesday. | said | 2022-01-11 | DAY | Tuesday",
    })
    void resolvesDateWordsNearTheCue(String sentence, String cue, LocalDate date, DatePrecision precision, String words) {
        assertThat(resolve(sentence, cue, PUB)).isEqualTo(new QuoteDate(date, precision, words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Smith said a 2008 Bucharest summit concluded that it was a question of when. | said",
        "Greene said the collapse in 1991 left Russia weakened for years and years to come. | said",
        "The talks will be held next Tuesday, the minister said. | said",
        "The minister said the may be plans, and may march on. | said",
        "Smith said the 2020 election was fair. | said",
        "He said the vote, held in March 2016 in a town far from the capital city, failed. | said",
        "“We met on Tuesday and again in 2019,” the adviser said. | said",
        "A USA TODAY poll said voters were unhappy. | said",
        "''We met today,'' the adviser said. | said",
        "The governor is celebrating on Super Tuesday, aides said. | said",
        "The senator said in 2030 the program would end. | said",
        "Since the law expired in 2007, several senators said it should return. | said",
        "The judge cited reports of attacks against farmers, including this week's warnings. | cited",
        "A person familiar with the plans for Thursday’s meeting says talks will focus on one name. | says",
        "What that means for this year's race, the analyst said, is unclear. | said",
        "The mayor has pressed the case over the last year that rents are too high. | pressed",
        "Aides have spent the past week trying to tell voters there is nothing to see. | tell",
        "The forms due Sunday evening are expected to show that Voss spent less. | expected",
        "One Sunday in late 2001, according to a new book, the board met. | according to",
    })
    void fallsBackToThePublicationDate(String sentence, String cue) {
        assertThat(resolve(sentence, cue, PUB)).isEqualTo(new QuoteDate(PUB, DatePrecision.DAY, null));
    }

    /** Seed 004 (published Wednesday 2022-01-12), sentences as split by the shared splitter. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Julianne Smith said Tuesday | said | 2022-01-11 | DAY | Tuesday",
        "Dmitry Peskov said Wednesday | said | 2022-01-12 | DAY | Wednesday",
        "Jens Stoltenberg told reporters this week | told | 2022-01-10 | WEEK | this week",
        "He said astatine Wednesday’s | said | 2022-01-12 | DAY | Wednesday",
        "Speaking successful a telephone with reporters Tuesday, Smith said | said | 2022-01-11 | DAY | Tuesday",
        "Smith said a 2008 Bucharest | said | 2022-01-12 | DAY | null",
        "Greene said nary 1 | said | 2022-01-12 | DAY | null",
    })
    void seed004(String anchor, String cue, LocalDate date, DatePrecision precision, String words) throws Exception {
        String text;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            text = java.nio.file.Files.readString(files.filter(f -> f.getFileName().toString().startsWith("004_") && f.toString().endsWith(".txt"))
                    .findFirst().orElseThrow());
        }
        int at = text.indexOf(anchor);
        int c = text.indexOf(cue, at);
        Span sentence = org.newsquotes.extraction.text.Sentences.split(text).stream().filter(s -> s.contains(at))
                .findFirst().orElseThrow();
        assertThat(resolver.resolve(text, sentence, new Span(c, c + cue.length()), PUB))
                .isEqualTo(new QuoteDate(date, precision, words));
    }

    /** A weekday or possessive date before a noun dates the statement only when it is a speaking occasion tied to it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "The mayor, who cancelled a long Monday appearance, said rents would rise. | said | null",
        "Aides said the Saturday primary would be close. | said | null",
        "Jones, who is running in Tuesday's primary, said rents would rise. | said | null",
        "Polls taken before Tuesday’s vote showed a tie. | showed | null",
        "Jones has not mentioned it since the Monday night debate, aides said. | said | null",
        "The mayor said in a Monday interview that rents would rise. | said | Monday",
        "The mayor said in his Tuesday speech that rents would rise. | said | Tuesday",
        "“Rents will rise,” the mayor said in Tuesday night's response. | said | Tuesday",
        "The mayor said at Monday’s city-council meeting that rents would rise. | said | Monday",
        "At a Tuesday rally in Ohio, the mayor said rents would rise. | said | Tuesday",
        "The mayor said Tuesday night that rents would rise. | said | Tuesday",
    })
    void weekdaysBeforeANounDateOnlyASpeakingOccasion(String sentence, String cue, String words) {
        assertThat(resolve(sentence, cue, PUB).text()).isEqualTo(words);
    }

    /** The content (marked [..] in the sentence) is the quote's own words: its dates are what it talks about. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "The mayor said [the video went viral last week]. | said | 2022-01-12 | null",
        "Two aides said Monday [the plan had failed in 2008]. | said | 2022-01-10 | Monday",
        "[The team lost in 2008 and again on Tuesday], records show. | null | 2022-01-12 | null",
        "In 2019, [the team lost in 2008], the coach recalled. | null | 2019-01-01 | 2019",
        "[Rents rose in March], the mayor said Tuesday. | said | 2022-01-11 | Tuesday",
    })
    void datesInsideTheContentAreNotTheQuotesDate(String marked, String cue, LocalDate date, String words) {
        int open = marked.indexOf('[');
        int close = marked.indexOf(']') - 1;
        String sentence = marked.replace("[", "").replace("]", "");
        int at = cue == null ? -1 : sentence.indexOf(cue);
        Span cueSpan = at < 0 ? null : new Span(at, at + cue.length());
        QuoteDate found = resolver.resolve(sentence, new Span(0, sentence.length()), cueSpan, new Span(open, close), PUB);
        assertThat(found.date()).isEqualTo(date);
        assertThat(found.text()).isEqualTo(words);
    }

    /** A Sunday paper's "last week" is the week that ends that day; "this past week" the week ended the day before. */
    @ParameterizedTest(name = "{0} published {1}")
    @CsvSource(delimiter = '|', value = {
        "She said last week that it was over. | 2022-01-16 | 2022-01-10",
        "She said last week that it was over. | 2022-01-17 | 2022-01-10",
        "She said last week that it was over. | 2022-01-15 | 2022-01-03",
        "She said this past week that it was over. | 2022-01-15 | 2022-01-10",
        "She said this past week that it was over. | 2022-01-17 | 2022-01-10",
    })
    void weeksBeforeTheWeekend(String sentence, LocalDate published, LocalDate monday) {
        assertThat(resolve(sentence, "said", published).date()).isEqualTo(monday);
        assertThat(resolve(sentence, "said", published).precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void nullWhenNeitherIsKnown() {
        assertThat(resolve("Smith said Tuesday that it was clear.", "said", null)).isNull();
        assertThat(resolve("Smith said it was clear.", null, null)).isNull();
    }

    @Test
    void aDateWithAYearNeedsNoPublicationDate() {
        assertThat(resolve("Smith said on Jan. 10, 2021 it was clear.", "said", null))
                .isEqualTo(new QuoteDate(LocalDate.of(2021, 1, 10), DatePrecision.DAY, "Jan. 10, 2021"));
    }

    @Test
    void withoutACueTheFirstDateWordCounts() {
        assertThat(resolve("Talks were held Monday and again Tuesday.", null, PUB))
                .isEqualTo(new QuoteDate(LocalDate.of(2022, 1, 10), DatePrecision.DAY, "Monday"));
    }

    @Test
    void nearestToTheCueWins() {
        assertThat(resolve("On Monday the talks began; Peskov said Wednesday that they failed.", "said", PUB))
                .isEqualTo(new QuoteDate(PUB, DatePrecision.DAY, "Wednesday"));
    }

    @Test
    void onlyWordsInsideTheSentenceCount() {
        String text = "Smith spoke Tuesday. Later she said it was over.";
        int s = text.indexOf("Later");
        int c = text.indexOf("said");
        assertThat(resolver.resolve(text, new Span(s, text.length()), new Span(c, c + 4), PUB))
                .isEqualTo(new QuoteDate(PUB, DatePrecision.DAY, null));
    }

    @Test
    void impossibleDatesAndOddSpansDoNotThrow() {
        assertThat(resolve("She said on Feb. 30 that it was fine.", "said", PUB).text()).isNull();
        assertThat(resolver.resolve("short", new Span(0, 99), new Span(50, 60), PUB).date()).isEqualTo(PUB);
        assertThat(resolver.resolve(null, null, null, PUB).date()).isEqualTo(PUB);
    }
}
