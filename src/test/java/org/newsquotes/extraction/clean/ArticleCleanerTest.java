package org.newsquotes.extraction.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Repair;
import org.newsquotes.extraction.Span;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner();

    static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".txt")).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    private CleanedArticle clean(String text) {
        return cleaner.clean(ArticleInput.ofText(text, null));
    }

    @Test
    void seed000RepairsMojibakeAndDropsTheNewsletterTrailer() throws IOException {
        CleanedArticle a = clean(seed("000_"));
        assertThat(a.text()).contains("could “sow seeds of mistrust” and plunge the region into a new “cold peace.”\n")
                .contains("“These will be exploratory discussions,” a senior official said")
                .doesNotContain("â€", "†", "More to Read", "Sign up", "Los Angeles Times")
                .endsWith("scrambling to obtain NATO’s military protection.");
        assertThat(a.title()).isEqualTo("U.S. to Propose New Talks With Russia on NATO");
        assertThat(a.dateline()).isEqualTo("WASHINGTON");
        assertThat(a.repairs()).extracting(Repair::kind).containsExactly("mojibake", "boilerplate");
        assertThat(a.repairs().get(0).count()).isEqualTo(3);
        assertThat(a.repairs().get(1).count()).isEqualTo(4);
        assertThat(a.spun()).isFalse();
        assertThat(a.spunScore()).isZero();
    }

    @Test
    void seed004IsSpunAndItsCreditLineGivesTheAuthors() throws IOException {
        String raw = seed("004_");
        CleanedArticle a = clean(raw);
        assertThat(a.authors()).containsExactly("Dixon", "Paul Sonne");
        assertThat(a.dateline()).isEqualTo("BRUSSELS");
        assertThat(a.spun()).isTrue();
        assertThat(a.spunScore()).isEqualTo(1.0);
        assertThat(a.text()).doesNotContain("contributed to this report").startsWith("BRUSSELS — NATO");
        assertThat(raw).startsWith(a.text());
        assertThat(a.repairs()).extracting(Repair::kind).containsExactly("credit-line", "spun-text");
        assertThat(a.repairs().get(1).detail()).isEqualTo("detected; text kept as printed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_", "004_"})
    void cleaningTheSeedsTwiceChangesNothingMore(String seed) throws IOException {
        String once = clean(seed(seed)).text();
        assertThat(clean(once).text()).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Headline Of The Day\n\nWASHINGTON — The senator said on Tuesday that “nothing” changed.\n\nShe added more.",
        "First paragraph, said Smith.\nSecond paragraph with “quotes,” she said.\nLast line without newline",
        "Text with a trailing newline.\n",
        "Text with blank lines and spaces.  \n\n\n  Indented paragraph.\n\n",
        "Le château, naïve café, São Paulo, a dagger† footnote and ‘single’ quotes.",
        "Follow the money, he said. Sign of the times.\nThe rest of the article follows here.",
        "",
    })
    void cleanPlainTextComesBackByteForByte(String text) {
        CleanedArticle a = clean(text);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.repairs()).isEmpty();
    }

    @Test
    void trailerIsCutOnlyAtTheEndSoEarlierOffsetsStay() {
        String body = "Paragraph one.\n\nFollow us on Twitter for news, she said, is common advice.\n\nLast paragraph.";
        String text = body + "\n\nFollow Jane Doe on Twitter @janedoe.\n\nRead the rest here.\n";
        CleanedArticle a = clean(text);
        assertThat(a.text()).isEqualTo(body);
        assertThat(a.repairs()).containsExactly(new Repair("boilerplate", 2, "newsletter/promo lines removed"));
    }

    @Test
    void creditsAndBylineBecomeAuthors() {
        String text = "By JANE DOE and John Roe, Associated Press\nBERLIN (AP) — Officials met on Monday.\n"
                + "Associated Press writers Lorne Cook in Brussels and Jim Heintz in Moscow contributed.";
        CleanedArticle a = clean(text);
        assertThat(a.authors()).containsExactly("Jane Doe", "John Roe", "Lorne Cook", "Jim Heintz");
        assertThat(a.dateline()).isEqualTo("BERLIN");
        assertThat(a.text()).isEqualTo("By JANE DOE and John Roe, Associated Press\nBERLIN (AP) — Officials met on Monday.");
    }

    /** "~" stands for a line break in the table. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "U.S. to Propose New Talks With Russia on NATO~WASHINGTON — Text. | U.S. to Propose New Talks With Russia on NATO",
        "Stealth Over Health: Clinton Was Headed to ER But Diverted.~~Body. | Stealth Over Health: Clinton Was Headed to ER But Diverted",
        "First paragraph, said Smith.~Second paragraph. | null",
        "“Quoted opening,” he said~More. | null",
        "Only One Line | null",
    })
    void plainTextHeadline(String text, String title) {
        assertThat(clean(text.replace('~', '\n')).title()).isEqualTo(title);
    }

    @Test
    void crlfBecomesLf() {
        CleanedArticle a = clean("One.\r\nTwo.\rThree.");
        assertThat(a.text()).isEqualTo("One.\nTwo.\nThree.");
        assertThat(a.repairs()).extracting(Repair::kind).containsExactly("newlines");
    }

    /** The repaired words map back to the mojibake they were read from; CR LF before them shifts nothing else. */
    @Test
    void spansOfTheCleanTextMapBackToTheTextAsGiven() {
        String given = "Intro.\r\nShe said: \u00e2\u20ac\u0153We will win,\u00e2\u20ac\u009d and left.\r\nCaf\u00c3\u00a9 talk.";
        CleanedArticle a = clean(given);
        String text = a.text();
        assertThat(text).isEqualTo("Intro.\nShe said: “We will win,” and left.\nCafé talk.");

        Span quote = new Span(text.indexOf('“'), text.indexOf('”') + 1);
        Span inGiven = a.inputOffsets().toInput(quote);
        assertThat(inGiven.of(given)).isEqualTo("\u00e2\u20ac\u0153We will win,\u00e2\u20ac\u009d");

        Span talk = new Span(text.indexOf("talk"), text.length());
        assertThat(a.inputOffsets().toInput(talk).of(given)).isEqualTo("talk.");
        Span cafe = new Span(text.indexOf("Café"), text.indexOf("Café") + 4);
        assertThat(a.inputOffsets().toInput(cafe).of(given)).isEqualTo("Caf\u00c3\u00a9");
    }

    @Test
    void cleanTextMapsOffsetForOffset() {
        assertThat(clean("Plain text, “quoted,” she said.").inputOffsets().isIdentity()).isTrue();
    }

    @Test
    void nullAndBlankInputGiveEmptyText() {
        assertThat(cleaner.clean(new ArticleInput(null, null, null, null, null, null, null)).text()).isEmpty();
        assertThat(cleaner.clean(new ArticleInput("  ", "", null, null, null, null, null)).text()).isEqualTo("  ");
    }

    @Test
    void htmlGivesParagraphLinesTitleAndDate() {
        String html = """
                <html><head><title>Site | Page</title>
                <meta property="og:title" content="Talks Open in Geneva">
                <meta property="article:published_time" content="2022-01-12T08:00:00Z">
                <script>var x = "“not text”";</script><style>p{}</style></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Talks Open in Geneva</h1>
                <figure><img src="a.jpg"><figcaption>A photo caption</figcaption></figure>
                <p>GENEVA — “We are   hopeful,” the envoy said&nbsp;on Tuesday.</p>
                <p>Talks <b>continue</b> today.<br>Second line.</p>
                <aside>Related: other story</aside>
                <p>Sign up for our newsletter</p>
                </article><footer>© 2022 News Corp</footer></body></html>
                """;
        CleanedArticle a = cleaner.clean(ArticleInput.ofHtml(html, null));
        assertThat(a.text()).isEqualTo("Talks Open in Geneva\nGENEVA — “We are hopeful,” the envoy said on Tuesday.\n"
                + "Talks continue today.\nSecond line.");
        assertThat(a.title()).isEqualTo("Talks Open in Geneva");
        assertThat(a.publishedAt()).isEqualTo(LocalDate.of(2022, 1, 12));
        assertThat(a.dateline()).isEqualTo("GENEVA");
        assertThat(a.repairs()).extracting(Repair::kind).contains("html", "boilerplate");
    }

    @Test
    void htmlFallsBackToTitleTagTimeElementAndMain() {
        String html = "<html><head><title>Plain Title</title></head><body><div class=menu>Menu</div>"
                + "<main><p>Body text.</p><time datetime=\"2021-03-04\">March 4</time></main></body></html>";
        CleanedArticle a = cleaner.clean(new ArticleInput(null, html, null, null, null, null, null));
        assertThat(a.text()).isEqualTo("Body text.\nMarch 4");
        assertThat(a.title()).isEqualTo("Plain Title");
        assertThat(a.publishedAt()).isEqualTo(LocalDate.of(2021, 3, 4));
    }

    @Test
    void givenMetadataWinsOverMarkup() {
        String html = "<html><head><meta name=\"date\" content=\"2020-01-01\"><title>T</title></head><body><p>x</p></body></html>";
        CleanedArticle a = cleaner.clean(new ArticleInput(null, html, "Given", null, null, LocalDate.of(2022, 2, 2), null));
        assertThat(a.title()).isEqualTo("Given");
        assertThat(a.publishedAt()).isEqualTo(LocalDate.of(2022, 2, 2));
    }
}
