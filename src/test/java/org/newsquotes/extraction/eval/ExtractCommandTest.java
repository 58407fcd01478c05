package org.newsquotes.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsquotes.extraction.QuoteExtractor;

class ExtractCommandTest {

    @Test
    void spansIndexTheFileAsWrittenAndTextIsTheRepairedQuote(@TempDir Path dir) throws IOException {
        String written = "Intro line.\r\n\u00e2\u20ac\u0153We will hold the line,\u00e2\u20ac\u009d Jane Doe said on Monday.\r\n";
        Path file = dir.resolve("article.txt");
        Files.writeString(file, written, StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ExtractCommand.run(file, LocalDate.of(2022, 1, 12), new QuoteExtractor(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        JsonNode line = Jsonl.JSON.readTree(buffer.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        assertThat(line.get("text").asText()).isEqualTo("We will hold the line,");
        assertThat(line.get("speaker").asText()).isEqualTo("Jane Doe");
        String slice = written.substring(line.get("start").asInt(), line.get("end").asInt());
        assertThat(slice).isEqualTo("We will hold the line,");
        assertThat(line.get("start").asInt()).isEqualTo(written.indexOf("We will"));
    }

    @Test
    void readsEveryPathGivenInOrder(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("b.txt");
        Path second = dir.resolve("a.txt");
        Files.writeString(first, "“The pier stays open,” Ann Roe said.", StandardCharsets.UTF_8);
        Files.writeString(second, "“The ferry is late,” Tom Voss said.", StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ExtractCommand.run(List.of(first, second), null, new QuoteExtractor(),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(buffer.toString(StandardCharsets.UTF_8).lines().map(ExtractCommandTest::article))
                .containsExactly("b.txt", "a.txt");
    }

    private static String article(String jsonLine) {
        try {
            return Jsonl.JSON.readTree(jsonLine).get("article").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
