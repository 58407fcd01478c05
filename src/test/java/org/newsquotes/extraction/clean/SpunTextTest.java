package org.newsquotes.extraction.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsquotes.extraction.Span;

class SpunTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "helium, he", "Helium, He", "HELIUM, HE", "successful, in", "astatine, at", "oregon, or", "arsenic, as",
        "beryllium, be", "tin, can", "volition, will", "connected, on", "implicit, over", "betwixt, between",
        "wherefore, why", "immoderate, any", "nary, no", "deliberation, think", "hold, agree", "mode, way",
        "Oregon, Oregon", "said, said", "Smith, Smith",
    })
    void normalizesTokens(String spun, String original) {
        assertThat(SpunText.normalizeToken(spun)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "helium is assured that countries volition not give | he is assured that countries will not give",
        "Ukraine, arsenic good arsenic different states | Ukraine, as well as different states",
        "“I don’t deliberation we tin expect that,” Stoltenberg said. | “I don’t think we can expect that,” Stoltenberg said.",
        "Greene said nary 1 tin foretell precisely | Greene said no one can predict precisely",
        "Helium said astatine Wednesday’s meeting | He said at Wednesday’s meeting",
        "Sam Lee, manager of the Asia Institute astatine Kent | Sam Lee, director of the Asia Institute at Kent",
        "Manager of the Asia Institute | Director of the Asia Institute",
        "nothing spun here | nothing spun here",
    })
    void normalizesText(String spun, String original) {
        assertThat(SpunText.normalizeText(spun)).isEqualTo(original);
    }

    @Test
    void seed004ScoresAsSpun() throws IOException {
        String text = ArticleCleanerTest.seed("004_");
        assertThat(SpunText.score(text)).isEqualTo(1.0);
        assertThat(SpunText.isSpun(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The successful campaign connected to the union was an implicit bargain, a tin ear, he said.",
        "Oregon voters backed the AFT and the helium balloon industry in a successful bid for office.",
        "He said arsenic poisoning was rare and of his own volition left the immoderate moderators.",
    })
    void ordinaryNewsIsNotSpun(String text) {
        assertThat(SpunText.isSpun(text)).isFalse();
        assertThat(SpunText.score(text)).isLessThan(0.5);
    }

    @Test
    void readingMapsOffsetsBackToThePrintedText() {
        String printed = "Helium said astatine Wednesday’s meeting, arsenic good arsenic others.";
        SpunReading reading = SpunText.read(printed);
        String read = reading.text();
        assertThat(read).isEqualTo("He said at Wednesday’s meeting, as well as others.");
        assertThat(reading.replacements()).isEqualTo(3);
        assertThat(reading.toPrinted(new Span(0, 2)).of(printed)).isEqualTo("Helium");
        assertThat(reading.toPrinted(span(read, "said")).of(printed)).isEqualTo("said");
        assertThat(reading.toPrinted(span(read, "at Wednesday’s")).of(printed)).isEqualTo("astatine Wednesday’s");
        assertThat(reading.toPrinted(span(read, "as well as")).of(printed)).isEqualTo("arsenic good arsenic");
        assertThat(reading.toPrinted(span(read, "others.")).of(printed)).isEqualTo("others.");
        assertThat(reading.toPrinted(read.length())).isEqualTo(printed.length());
    }

    @Test
    void readingOfUnspunTextIsTheTextItself() {
        SpunReading reading = SpunText.read("Nothing to see here.");
        assertThat(reading.text()).isEqualTo("Nothing to see here.");
        assertThat(reading.toPrinted(7)).isEqualTo(7);
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    @Test
    void nullAndEmptyAreReturnedAsIs() {
        assertThat(SpunText.normalizeToken(null)).isNull();
        assertThat(SpunText.normalizeText("")).isEmpty();
        assertThat(SpunText.score("")).isZero();
    }
}
