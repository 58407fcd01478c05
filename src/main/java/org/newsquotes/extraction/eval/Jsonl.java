package org.newsquotes.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsquotes.extraction.OffsetMap;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.Span;

/** Reading PolNeAR gold JSON Lines and writing predictions in the reference scorer's format. */
final class Jsonl {

    static final ObjectMapper JSON = new ObjectMapper();

    private Jsonl() {
    }

    /** Calls {@code each} with every non-blank line of {@code file} parsed as JSON. */
    static void forEach(Path file, Consumer<JsonNode> each) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    each.accept(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate date(JsonNode doc) {
        String d = doc.path("publication_date").asText("");
        try {
            return d.length() >= 10 ? LocalDate.parse(d.substring(0, 10)) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static List<GoldQuote> gold(JsonNode doc) {
        List<GoldQuote> out = new ArrayList<>();
        for (JsonNode q : doc.path("quotes")) {
            JsonNode sp = q.get("speaker");
            out.add(new GoldQuote(q.get("start").asInt(), q.get("end").asInt(),
                    sp == null || sp.isNull() ? null : sp.asText(), q.path("quote_type").asText(null)));
        }
        return out;
    }

    static List<PredQuote> pred(JsonNode doc) {
        List<PredQuote> out = new ArrayList<>();
        for (JsonNode q : doc.path("quotes")) {
            JsonNode sp = q.get("speaker");
            out.add(new PredQuote(q.get("start").asInt(), q.get("end").asInt(), q.path("type").asText(null),
                    sp == null || sp.isNull() ? null : sp.asText(), q.path("confidence").asDouble(1.0)));
        }
        return out;
    }

    /** The quote as a prediction whose span indexes the text as given ({@code offsets}: the article's map). */
    static PredQuote toPred(Quote q, OffsetMap offsets) {
        Span span = offsets.toInput(q.span());
        return new PredQuote(span.start(), span.end(), q.type().label(),
                q.speaker() == null ? null : q.speaker().name(), q.confidence());
    }

    /** One prediction line: {"id", "quotes": [{"start","end","type","speaker","confidence"}]}. */
    static String predictionLine(String id, List<PredQuote> quotes) throws IOException {
        ObjectNode pred = JSON.createObjectNode().put("id", id);
        ArrayNode arr = pred.putArray("quotes");
        for (PredQuote q : quotes) {
            arr.addObject().put("start", q.start()).put("end", q.end()).put("type", q.type())
                    .put("speaker", q.speaker()).put("confidence", q.confidence());
        }
        return JSON.writeValueAsString(pred);
    }
}
