package org.newsquotes.extraction.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-word name counts as written after another word when the article has it right after a letter and a
 * space, at the start of a word ("met Okafor", also "to Okaforville"); not after a period or at the start.
 * A seeded random test checks the direct scan, the sorted lookup and a switch from one to the other (budget
 * spent mid-article) against the article scan they replaced.
 */
class NameEchoesTest {

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dan Okafor toured the plant. Later Okafor left.  | Okafor   | true
            Okafor toured the plant. Okafor left.            | Okafor   | false
            Wait, it gets better. The plant opened.          | Wait     | false
            The ferry went to Okaforville on Monday.         | Okafor   | true
            The ferry went to Okaforville on Monday.         | Okaforvillex | false
            He met (Okafor) at noon.                         | Okafor   | false
            He met  Okafor at noon.                          | Okafor   | false
            the plant near Okafor                            | Okafor   | true
            the plant near Okafo                             | Okafor   | false
            """)
    void findsNamesAfterWords(String text, String name, boolean expected) {
        assertThat(new NameEchoes(text).afterWord(name)).isEqualTo(expected).isEqualTo(scan(text, name));
        assertThat(new NameEchoes(text, 0).afterWord(name)).as("sorted").isEqualTo(expected);
    }

    private static final String[] PIECES = {" ", " ", "  ", "a", "b", "ab", "ba", "Lee", "Leeds", "Le", ".", "\n",
        "é", "1", "’"};
    private static final String[] NAMES = {"Lee", "Le", "L", "Leeds", "a", "ab", "b", "ba", "aa", "é", "1", "e.",
        "Lee\n", "’"};

    @Test
    void agreesWithScanningTheArticle() {
        Random r = new Random(20261126L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                b.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            NameEchoes scanned = new NameEchoes(text);
            NameEchoes sorted = new NameEchoes(text, 0);
            NameEchoes switching = new NameEchoes(text, text.length());
            for (String name : NAMES) {
                boolean expected = scan(text, name);
                assertThat(scanned.afterWord(name)).as(name + " in [" + text + "]").isEqualTo(expected);
                assertThat(sorted.afterWord(name)).as(name + " sorted in [" + text + "]").isEqualTo(expected);
                assertThat(switching.afterWord(name)).as(name + " after the budget in [" + text + "]")
                        .isEqualTo(expected);
            }
        }
    }

    /** The check {@link SentenceSources#narrator} made before: a scan of the whole article per name. */
    private static boolean scan(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (i >= 2 && text.charAt(i - 1) == ' ' && Character.isLetter(text.charAt(i - 2))) {
                return true;
            }
        }
        return false;
    }
}
