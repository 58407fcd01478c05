package org.newsquotes.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;

/**
 * Command-line extraction: prints one JSON line per quotation found.
 *
 * <pre>
 * ExtractCommand [--date YYYY-MM-DD] PATH...
 *   PATH = a .txt file (one article), a folder (every *.txt in it, sorted), or a .jsonl file whose lines have
 *   "text" (or "html") and optional "id" and "publication_date".
 * mvn -q -o compile exec:java -Dexec.mainClass=org.newsquotes.extraction.eval.ExtractCommand \
 *     -Dexec.args="seeds/004_e8db2b8329587fb0.txt --date 2022-01-12"
 * </pre>
 * Each line: {"article", "text", "type", "start", "end", "speaker", "speakerKind", "mention", "role", "cue",
 * "date", "datePrecision", "confidence"}. {@code start}/{@code end} index the article text as read (before
 * mojibake and newline repair; for HTML, the text taken from the markup); {@code text} is the repaired quote.
 */
public final class ExtractCommand {

    private ExtractCommand() {
    }

    public static void main(String[] args) throws IOException {
        LocalDate date = null;
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--date") && i + 1 < args.length) {
                date = LocalDate.parse(args[++i]);
            } else {
                paths.add(Path.of(args[i]));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: ExtractCommand [--date YYYY-MM-DD] (FILE.txt|FOLDER|FILE.jsonl)...");
            System.exit(2);
        }
        run(paths, date, new QuoteExtractor(), System.out);
    }

    /** Every path in the order given (each as {@link #run(Path, LocalDate, QuoteExtractor, PrintStream)}). */
    static void run(List<Path> paths, LocalDate date, QuoteExtractor extractor, PrintStream out) throws IOException {
        for (Path path : paths) {
            run(path, date, extractor, out);
        }
    }

    static void run(Path path, LocalDate date, QuoteExtractor extractor, PrintStream out) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    print(f.getFileName().toString(), extractor.extract(ArticleInput.ofText(read(f), date)),
                            out);
                }
            }
        } else if (path.toString().endsWith(".jsonl")) {
            Jsonl.forEach(path, doc -> print(doc.path("id").asText(path.toString()),
                    extractor.extract(input(doc, date)), out));
        } else {
            print(path.getFileName().toString(), extractor.extract(ArticleInput.ofText(read(path), date)),
                    out);
        }
    }

    private static ArticleInput input(JsonNode doc, LocalDate fallback) {
        LocalDate d = Jsonl.date(doc);
        ArticleInput base = doc.hasNonNull("html") && !doc.hasNonNull("text")
                ? ArticleInput.ofHtml(doc.get("html").asText(), d == null ? fallback : d)
                : ArticleInput.ofText(doc.path("text").asText(""), d == null ? fallback : d);
        return base;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(String article, Extraction extraction, PrintStream out) {
        for (Quote q : extraction.quotes()) {
            Span span = extraction.article().inputOffsets().toInput(q.span());
            ObjectNode o = Jsonl.JSON.createObjectNode().put("article", article).put("text", q.text())
                    .put("type", q.type().label()).put("start", span.start()).put("end", span.end());
            o.put("speaker", q.speaker() == null ? null : q.speaker().name());
            o.put("speakerKind", q.speaker() == null ? null : q.speaker().kind().label());
            o.put("mention", q.speaker() == null ? null : q.speaker().mention());
            o.put("role", q.role()).put("cue", q.cue());
            o.put("date", q.date() == null ? null : q.date().date().toString());
            o.put("datePrecision", q.date() == null ? null : q.date().precision().label());
            o.put("confidence", q.confidence());
            try {
                out.println(Jsonl.JSON.writeValueAsString(o));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
