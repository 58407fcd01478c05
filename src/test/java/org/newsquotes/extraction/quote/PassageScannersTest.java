package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The character scanners behind {@link WorkTitle#setOff}, {@link LinkedHeadline#cited} and
 * {@link MarkupPassage#subheading}. They replaced regular expressions, which are kept here as an oracle: the
 * tables pin the answers on invented phrases, and a seeded random test checks that scanner and regex agree
 * on a hundred thousand strings built from the pieces that matter (marks, commas, spaces, line breaks,
 * determiners, kind words, dates). In the tables ¶ stands for a line break and ~ for a tab.
 */
class PassageScannersTest {

    private static final Pattern KIND_COMMA = Pattern.compile(
            "(?:^|\\s)(?:the|a|an|his|her|their|its|our|my|your|this|that|\\S+['’]s?)(?:\\s+\\S+)?\\s+([A-Za-z-]+),\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> KIND = Set.of("podcast", "show", "program", "programme", "series", "film",
            "movie", "documentary", "book", "memoir", "novel", "album", "song", "anthem", "play", "musical",
            "column", "commentary", "editorial", "essay", "sitcom");
    private static final Pattern COMMA_CLOSE = Pattern.compile("^(,[\"”'’]{1,2}|[\"”'’]{1,2},)");
    private static final Pattern CITATION = Pattern.compile(
            "^(,[\"”'’]{1,2}|[\"”'’]{1,2},)\\s+[A-Z][^()\"“”,\n]{1,30},\\s*"
            + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|\\d))"
            + "[^()\"“”\n]{0,20}\\)");

    private static String unescape(String s) {
        return s.replace("¶", "\n").replace("~", "\t");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The movie,                      | true
            Ann Roe's commentary,           | true
            Ann Roe’s new book,             | true
            In his 2002 book,               | true
            THE FILM,                       | true
            the film,~                      | true
            the film, ¶                     | true
            his new podcast,                | true
            his grant program,              | true
            her long, boring novel,         | false
            the new harbour film,           | false
            the movie ,                     | false
            the movie,x                     | false
            the (movie),                    | false
            the x-movie,                    | false
            movie,                          | false
            the movie                       | false
            the ferries,                    | false
            them movie,                     | false
            Roes movie,                     | false
            ' movie,                        | false
            a’ film,                        | true
            ’s film,                        | false
            """)
    void kindComma(String text, boolean expected) {
        String t = unescape(text);
        assertThat(WorkTitle.kindComma(t, 0, t.length())).isEqualTo(expected).isEqualTo(oracleKind(t));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `,” is`   | true
            `,’” is`  | true
            `”, is`   | true
            `’”, is`  | true
            `,"`      | true
            `"',`     | true
            `”’’,`    | false
            `, ”`     | false
            `” ,`     | false
            `,`       | false
            `”`       | false
            `;” is`   | false
            """)
    void commaClose(String text, boolean expected) {
        assertThat(WorkTitle.commaClose(text, 0)).isEqualTo(expected)
                .isEqualTo(COMMA_CLOSE.matcher(text.substring(0, Math.min(text.length(), 4))).find());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `,” Ledger.com, Thursday).`          | true
            `,” Opinion, Aug. 3).`               | true
            `”, Ledger, 12 May 2020)`            | true
            `,’” The Harbour Ledger,Monday)`     | true
            `,” Ledger.com, 3)`                  | true
            `,” Ledger.com, Thursday)`           | true
            `,” Ann Roe said)`                   | false
            `,” Ann Roe, a baker, said)`         | false
            `,” ledger.com, Thursday)`           | false
            `,”Ledger.com, Thursday)`            | false
            `,” Ledger.com, Thurs)`              | false
            `,” Ledger.com, Thursday (late))`    | false
            `,” Ledger.com, Thursday, in the evening and late)` | false
            `,” The (Harbour) Ledger, Monday)`   | false
            `,” L, Monday)`                      | false
            `,” Lx, June)`                       | true
            `,” Lx, Jun)`                        | false
            `; Ledger.com, Thursday)`            | false
            `,” Ledger¶Daily, Monday)`           | false
            `,” Ledger, Monday¶)`                | false
            `,”~¶Ledger,¶Monday)`                | true
            """)
    void citation(String text, boolean expected) {
        String t = unescape(text);
        assertThat(LinkedHeadline.citation(t, 0, t.length())).isEqualTo(expected)
                .isEqualTo(CITATION.matcher(t).find());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `FERRIES WILL RUN`        | 3
            `  FERRIES  WILL ¶RUN  `  | 3
            `USA! USA!`               | 2
            ``                        | 1
            `   `                     | 1
            `ONE`                     | 1
            `ONE~TWO¶THREE`           | 3
            `ONE\u00a0TWO THREE`      | 2
            """)
    void words(String text, int expected) {
        String t = unescape(text.replace("\\u00a0", "\u00a0"));
        assertThat(MarkupPassage.words(t, 0, t.length())).isEqualTo(expected)
                .isEqualTo(t.strip().split("\\s+").length);
    }

    private static final String[] PIECES = {" ", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u2028", "\u0085",
        "\u00a0", ",", ",", ",", "\"", "”", "“", "'", "’", "(", ")", ")", "-", ".", "the", "The", "his", "a", "an",
        "Roe's", "Roe’s", "’s", "'", "s", "x", "new", "2002", "movie", "book", "Film", "podcast", "ferries",
        "Ledger.com", "L", "Ann Roe", "Monday", "Tues", "Tuesday", "Jan", "June", "Jun", "Sept", "3", "12",
        "A", "Z", "said", "ÉTÉ", "x\uD83D\uDE00"};
    private static final String[] SPACES = {" ", " ", "  ", "\t", "\n", "\r\n", "", "\u00a0", "\u2028"};
    private static final String[] DETERMINERS = {"the", "His", "AN", "a", "that", "Roe's", "Roe’S", "x’", "'s",
        "’", "them", "(the", "Ann Roe's", "ROE’s"};
    private static final String[] KINDS = {"movie", "Book", "PODCAST", "x-movie", "ferries", "film-", "(movie",
        "bo\u00f6k", "movie.", "2002"};
    private static final String[] COMMAS = {",", ",", ", ", ",\n", ",\r\n", ",\u2028", ", \u0085", ",\u0085 ",
        ";", "", ",x", ", ,"};
    private static final String[] OUTLETS = {"Ledger.com", "L", "Lx", "The Harbour Ledger", "ledger", "Ann Roe said",
        "The (Harbour) Ledger", "Ledger\nDaily", "Ledger\rDaily", "Ledger “Daily", "ÉTÉ Ledger",
        "A very long outlet name that goes on"};
    private static final String[] DATES = {"Thursday", "Thurs", "Aug. 3", "June", "Jun", "12 May", "3", "May",
        "Sept. 9", "Wednesday", "later", "٣", "Dec"};
    private static final String[] TAILS = {"", " 2020", ", evening", " late at night in the harbour town", "\n",
        " (late", "“x", ".", "\r"};
    private static final String[] ENDS = {")", ")", ").", "", "(", " )"};

    private static String randomText(Random r, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** One of {@code options}, or now and then a random piece instead. */
    private static String pick(Random r, String[] options) {
        return r.nextInt(12) == 0 ? randomText(r, r.nextInt(3)) : options[r.nextInt(options.length)];
    }

    /** Strings that start like the text after a closing mark, so that the citation scanner gets deep. */
    private static final String[] STARTS = {",” ", "”, ", ",’” ", "’”,\t", ",”", "”,", ", ", ",’’’ ", ""};

    private static String kindText(Random r) {
        return randomText(r, r.nextInt(3)) + pick(r, SPACES) + pick(r, DETERMINERS) + pick(r, SPACES)
                + (r.nextBoolean() ? pick(r, PIECES) + pick(r, SPACES) : "") + pick(r, KINDS) + pick(r, COMMAS)
                + (r.nextInt(4) == 0 ? randomText(r, 1) : "");
    }

    private static String citationText(Random r) {
        return pick(r, STARTS) + pick(r, SPACES) + pick(r, OUTLETS) + pick(r, COMMAS) + pick(r, SPACES)
                + pick(r, DATES) + pick(r, TAILS) + pick(r, ENDS) + (r.nextInt(4) == 0 ? randomText(r, 2) : "");
    }

    @Test
    void scannersAgreeWithTheRegularExpressionsTheyReplaced() {
        Random r = new Random(20261126L);
        int[] hits = new int[4];
        for (int n = 0; n < 100_000; n++) {
            String t = n % 2 == 0 ? randomText(r, 1 + r.nextInt(10)) : kindText(r);
            boolean kind = oracleKind(t);
            assertThat(WorkTitle.kindComma(t, 0, t.length())).as(t).isEqualTo(kind);
            boolean close = COMMA_CLOSE.matcher(t.substring(0, Math.min(t.length(), 4))).find();
            assertThat(WorkTitle.commaClose(t, 0)).as(t).isEqualTo(close);
            int words = t.strip().split("\\s+").length;
            assertThat(MarkupPassage.words(t, 0, t.length())).as(t).isEqualTo(words);
            String c = n % 2 == 0 ? STARTS[r.nextInt(STARTS.length)] + t : citationText(r);
            boolean cited = CITATION.matcher(c).find();
            assertThat(LinkedHeadline.citation(c, 0, c.length())).as(c).isEqualTo(cited);
            hits[0] += kind ? 1 : 0;
            hits[1] += close ? 1 : 0;
            hits[2] += cited ? 1 : 0;
            hits[3] += words >= 3 ? 1 : 0;
        }
        assertThat(java.util.Arrays.stream(hits).min().getAsInt()).as(java.util.Arrays.toString(hits))
                .isGreaterThanOrEqualTo(500);
    }

    private static boolean oracleKind(String t) {
        Matcher m = KIND_COMMA.matcher(t);
        return m.find() && KIND.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
