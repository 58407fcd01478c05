package org.newsquotes.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.newsquotes.article.ExtractionService;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.DatePrecision;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteDate;
import org.newsquotes.extraction.QuoteType;
import org.newsquotes.extraction.Repair;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Speaker;
import org.newsquotes.extraction.SpeakerKind;

/**
 * A test extractor with known output: every phrase of {@link #KNOWN} found in the article text becomes a
 * quote with that speaker, role, cue and date. Installed with {@code QuarkusMock} so the service's filters
 * are tested against fixed data, whatever the real engine finds.
 */
public class FixedExtractionService extends ExtractionService {

    /** A phrase and what the test extractor says about it. */
    public record Known(String phrase, String speaker, SpeakerKind kind, String mention, String role, String cue,
                        QuoteType type, LocalDate date, DatePrecision precision, String dateText) {
    }

    public static final String STOLTENBERG_1 = "I don’t think we can expect that these meetings will solve all issues";
    public static final String STOLTENBERG_2 = "What we are hoping for is that we can agree on a way forward";
    public static final String STOLTENBERG_ACCENT = "We stand united as allies";
    public static final String OFFICIAL = "These will be exploratory discussions";
    public static final String OFFICIAL_2 = "The talks went well enough";
    public static final String PESKOV = "Russia was open to dialogue";
    public static final String SMITH = "not whether but when";
    public static final String GREENE = "Strategic discussions are better than war";

    public static final List<Known> KNOWN = List.of(
            new Known(STOLTENBERG_1, "Jens Stoltenberg", SpeakerKind.PERSON, "NATO Secretary General Jens Stoltenberg",
                    "NATO Secretary General", "told reporters", QuoteType.DIRECT, LocalDate.of(2022, 1, 12), DatePrecision.WEEK, "this week"),
            new Known(STOLTENBERG_2, "Jens Stoltenberg", SpeakerKind.PERSON, "Stoltenberg", null, "said",
                    QuoteType.DIRECT, LocalDate.of(2022, 1, 10), DatePrecision.DAY, "Monday"),
            new Known(STOLTENBERG_ACCENT, "JENS STOLTENBÉRG", SpeakerKind.PERSON, "he", "Secretary General", "said",
                    QuoteType.DIRECT, LocalDate.of(2021, 6, 14), DatePrecision.DAY, "June 14"),
            new Known(OFFICIAL, "a senior official", SpeakerKind.ANONYMOUS, "a senior official", null, "said",
                    QuoteType.DIRECT, LocalDate.of(1995, 1, 16), DatePrecision.DAY, null),
            new Known(OFFICIAL_2, "a senior official", SpeakerKind.ANONYMOUS, "a senior official", null, "said",
                    QuoteType.DIRECT, null, null, null),
            new Known(PESKOV, "Dmitry Peskov", SpeakerKind.PERSON, "Kremlin spokesperson Dmitry Peskov",
                    "Kremlin spokesperson", "said", QuoteType.INDIRECT, LocalDate.of(2022, 1, 12), DatePrecision.DAY, "Wednesday"),
            new Known(SMITH, "Julianne Smith", SpeakerKind.PERSON, "Smith", "U.S. Ambassador to NATO", "said",
                    QuoteType.PARTIAL, LocalDate.of(2022, 1, 11), DatePrecision.DAY, "Tuesday"),
            new Known(GREENE, "Sam A. Greene", SpeakerKind.PERSON, "Greene", null, "said",
                    QuoteType.DIRECT, null, null, null));

    @Override
    public Extraction extract(ArticleInput input) {
        String text = input.text() != null ? input.text() : Jsoup.parse(input.html()).text();
        String title = input.title() != null ? input.title()
                : input.html() != null ? Jsoup.parse(input.html()).title() : null;
        List<Repair> repairs = input.html() != null ? List.of(new Repair("html", 1, "text taken from markup")) : List.of();
        CleanedArticle article = new CleanedArticle(text, title == null || title.isEmpty() ? null : title,
                input.publishedAt(), List.of("Test Author"), "BRUSSELS", repairs, 0.1, false);
        List<Quote> quotes = new ArrayList<>();
        for (Known k : KNOWN) {
            int at = text.indexOf(k.phrase());
            if (at >= 0) {
                Span span = new Span(at, at + k.phrase().length());
                QuoteDate date = k.date() == null ? null : new QuoteDate(k.date(), k.precision(), k.dateText());
                quotes.add(new Quote(k.phrase(), null, k.type(), span,
                        new Speaker(k.speaker(), k.kind(), k.mention(), null), k.role(), k.cue(), null, date,
                        "“" + k.phrase() + ",” " + k.mention() + " " + k.cue() + ".", 0.9));
            }
        }
        return new Extraction(article, quotes);
    }
}
