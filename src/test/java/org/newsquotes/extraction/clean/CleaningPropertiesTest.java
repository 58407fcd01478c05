package org.newsquotes.extraction.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.date.QuoteDateResolver;

class CleaningPropertiesTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** Text dense in the characters mojibake is made of, so the repair paths are exercised. */
    @Provide
    Arbitrary<String> mojibakeish() {
        return Arbitraries.strings().withChars("âÃÂð€œ™†‡”“’‘–—\u0080\u0099\u009d©¨¡ŸŠ˜ \n.,\"ae\r")
                .ofMaxLength(300);
    }

    /** Text without any character a repair looks at (no Latin-1/cp1252 range, no CR). */
    @Provide
    Arbitrary<String> alreadyClean() {
        return Arbitraries.strings().withChars("abcdeFGHIJ .,;:!?\"'“”‘’—\n0123456789")
                .ofMaxLength(400);
    }

    @Property(tries = 300)
    void cleaningNeverThrowsAndKeepsFieldsSane(@ForAll @StringLength(max = 500) String text) {
        CleanedArticle a = cleaner.clean(ArticleInput.ofText(text, LocalDate.of(2022, 1, 12)));
        assertThat(a.text()).isNotNull();
        assertThat(a.spunScore()).isBetween(0.0, 1.0);
    }

    @Property(tries = 200)
    void htmlCleaningNeverThrows(@ForAll @StringLength(max = 500) String html) {
        assertThat(cleaner.clean(ArticleInput.ofHtml("<p>" + html + "</p>", null)).text()).isNotNull();
    }

    @Property(tries = 500)
    void repairIsIdempotent(@ForAll("mojibakeish") String text) {
        String once = Mojibake.repair(text).text();
        assertThat(Mojibake.repair(once).text()).isEqualTo(once);
    }

    @Property(tries = 300)
    void cleaningIsIdempotent(@ForAll("mojibakeish") String text) {
        String once = cleaner.clean(ArticleInput.ofText(text, null)).text();
        assertThat(cleaner.clean(ArticleInput.ofText(once, null)).text()).isEqualTo(once);
    }

    @Property(tries = 300)
    void cleaningOfArbitraryUnicodeIsIdempotent(@ForAll @StringLength(max = 300) String text) {
        String once = cleaner.clean(ArticleInput.ofText(text, null)).text();
        assertThat(cleaner.clean(ArticleInput.ofText(once, null)).text()).isEqualTo(once);
    }

    /** Each repair replaces several characters with one; only a glued dagger grows into two ("” "). */
    @Property(tries = 500)
    void outputIsNeverLongerThanNeeded(@ForAll("mojibakeish") String text) {
        long daggers = text.chars().filter(c -> c == '†').count();
        assertThat((long) cleaner.clean(ArticleInput.ofText(text, null)).text().length())
                .isLessThanOrEqualTo(text.length() + daggers);
    }

    /** Every clean offset maps inside the text as given, in order, and a span never maps to less than nothing. */
    @Property(tries = 500)
    void inputOffsetsStayInsideTheGivenTextAndKeepTheirOrder(@ForAll("mojibakeish") String text) {
        CleanedArticle a = cleaner.clean(ArticleInput.ofText(text, null));
        int previousStart = 0;
        int previousEnd = 0;
        for (int o = 0; o <= a.text().length(); o++) {
            int start = a.inputOffsets().startToInput(o);
            int end = a.inputOffsets().endToInput(o);
            assertThat(start).isBetween(previousStart, end);
            assertThat(end).isBetween(previousEnd, text.length());
            previousStart = start;
            previousEnd = end;
        }
    }

    @Property(tries = 300)
    void cleanTextComesBackUnchanged(@ForAll("alreadyClean") String text) {
        String body = "Opening paragraph.\n" + text + "\nClosing paragraph of the article.";
        assertThat(cleaner.clean(ArticleInput.ofText(body, null)).text()).isEqualTo(body);
    }

    @Property(tries = 300)
    void spunTextNeverThrows(@ForAll @StringLength(max = 300) String text) {
        assertThat(SpunText.normalizeText(text)).isNotNull();
        assertThat(SpunText.score(text)).isBetween(0.0, 1.0);
        for (String token : text.split(" ")) {
            assertThat(SpunText.normalizeToken(token)).isNotNull();
        }
    }

    @Property(tries = 300)
    void spunReadingMapsEveryOffsetInsideThePrintedText(@ForAll("spunish") String text) {
        SpunReading reading = SpunText.read(text);
        int previous = 0;
        for (int i = 0; i <= reading.text().length(); i++) {
            int printed = reading.toPrinted(i);
            assertThat(printed).isBetween(previous, text.length());
            previous = printed;
        }
        assertThat(reading.toPrinted(reading.text().length())).isEqualTo(text.length());
    }

    @Provide
    Arbitrary<String> spunish() {
        return Arbitraries.of("helium", "Helium", "arsenic", "good", "successful", "bid", "to", "nary", "1", " ", ", ",
                "\n", "x", "HELIUM", "Oregon", "oregon").list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void dateResolutionNeverThrows(@ForAll @StringLength(max = 200) String text, @ForAll int a, @ForAll int b) {
        int n = text.length();
        int s = n == 0 ? 0 : Math.floorMod(a, n + 1);
        int e = s + (n - s == 0 ? 0 : Math.floorMod(b, n - s + 1));
        new QuoteDateResolver().resolve(text, new Span(s, e), new Span(s, e), LocalDate.of(2022, 1, 12));
        new QuoteDateResolver().resolve("said Tuesday " + text, new Span(0, 13 + n), new Span(0, 4), null);
    }
}
