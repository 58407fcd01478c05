package org.newsquotes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden expectations on the two seed articles as printed (mojibake and spun text included), through the
 * whole pipeline: each row is one quotation, found by the start of its text, with its type, speaker, role and
 * date. Yeltsin's two partial quotes in seed 000 take the owner of the "warning" they continue, with the role
 * written before his possessive name, and the reported clause that runs into the first ("allowing former Soviet
 * satellites … could") is an indirect quote through that partial quote. The scare quote “provocations” has no
 * speaker and is not listed.
 */
class SeedArticlesGoldenTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            004_ | I don’t deliberation we tin expect     | DIRECT   | Jens Stoltenberg | NATO Secretary General               | 2022-01-10 | WEEK
            004_ | What we are hoping for                 | DIRECT   | Jens Stoltenberg | NATO Secretary General               | 2022-01-10 | WEEK
            004_ | military-technical                     | PARTIAL  | Vladimir Putin   | -                                    | 2022-01-12 | DAY
            004_ | it has go crystal wide                 | PARTIAL  | Julianne Smith   | U.S. Ambassador to NATO              | 2022-01-11 | DAY
            004_ | cannot ideate                          | PARTIAL  | Julianne Smith   | U.S. Ambassador to NATO              | 2022-01-11 | DAY
            004_ | non-starter.                           | PARTIAL  | Julianne Smith   | U.S. Ambassador to NATO              | 2022-01-12 | DAY
            004_ | Russia saw NATO’s unfastened           | INDIRECT | Dmitry Peskov    | Kremlin spokesperson                 | 2022-01-12 | DAY
            004_ | open to dialogue,                      | PARTIAL  | Dmitry Peskov    | Kremlin spokesperson                 | 2022-01-12 | DAY
            004_ | We would not similar to                | DIRECT   | Dmitry Peskov    | Kremlin spokesperson                 | 2022-01-12 | DAY
            004_ | Strategic discussions are amended      | DIRECT   | Sam A. Greene    | director of the Russia Institute at King’s College London | 2022-01-12 | DAY
            004_ | aggressive rhetoric of overseas        | PARTIAL  | Anatoly Antonov  | the Russian ambassador to Washington | 2022-01-12 | DAY
            004_ | a substantive treatment                | PARTIAL  | Anatoly Antonov  | the Russian ambassador to Washington | 2022-01-12 | DAY
            000_ | These will be exploratory discussions, | DIRECT   | a senior official | -                                   | 1995-01-16 | DAY
            000_ | further U.S.-Russian meetings          | INDIRECT | a senior official | -                                   | 1995-01-16 | DAY
            000_ | allowing former Soviet satellites      | INDIRECT | Boris N. Yeltsin | Russian President                    | 1994-12-01 | MONTH
            000_ | sow seeds of mistrust                  | PARTIAL  | Boris N. Yeltsin | Russian President                    | 1994-12-01 | MONTH
            000_ | cold peace.                            | PARTIAL  | Boris N. Yeltsin | Russian President                    | 1994-12-01 | MONTH
            """)
    void quotationHasItsSpeakerRoleTypeAndDate(String seed, String start, QuoteType type, String speaker, String role,
                                               LocalDate date, DatePrecision precision) throws IOException {
        Extraction result = extract(seed);

        Quote quote = result.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
        assertThat(quote.type()).isEqualTo(type);
        assertThat(quote.speaker().name()).isEqualTo(speaker);
        if (role != null) {
            assertThat(quote.role()).isEqualTo(role);
        }
        assertThat(quote.date().date()).isEqualTo(date);
        assertThat(quote.date().precision()).isEqualTo(precision);
        assertThat(quote.span().of(result.article().text())).isEqualTo(quote.text());
    }

    private static Extraction extract(String prefix) throws IOException {
        LocalDate published = prefix.equals("004_") ? LocalDate.of(2022, 1, 12) : LocalDate.of(1995, 1, 16);
        try (var files = Files.list(Path.of("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
            return EXTRACTOR.extract(ArticleInput.ofText(Files.readString(p), published));
        }
    }
}
