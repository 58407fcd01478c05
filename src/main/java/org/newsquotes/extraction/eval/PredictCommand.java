package org.newsquotes.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;

/**
 * Runs the extractor over a PolNeAR JSON Lines file (from {@code convert.py}) and writes predictions in the
 * format of the reference scorer: {@code {"id", "quotes": [{"start", "end", "type", "speaker"}]}}.
 * Usage: {@code PredictCommand GOLD.jsonl PRED.jsonl}.
 */
public final class PredictCommand {

    private PredictCommand() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        QuoteExtractor extractor = new QuoteExtractor();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                String date = doc.path("publication_date").asText("");
                LocalDate published = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
                Extraction result = extractor.extract(ArticleInput.ofText(doc.get("text").asText(), published));
                ObjectNode pred = json.createObjectNode().put("id", doc.get("id").asText());
                ArrayNode quotes = pred.putArray("quotes");
                for (Quote q : result.quotes()) {
                    quotes.addObject().put("start", q.span().start()).put("end", q.span().end())
                            .put("type", q.type().label())
                            .put("speaker", q.speaker() == null ? null : q.speaker().name());
                }
                out.write(json.writeValueAsString(pred));
                out.newLine();
            }
        }
    }
}
