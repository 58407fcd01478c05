package org.newsquotes.extraction.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.QuoteExtractor;

/**
 * A profiling and regression tool over a JSON Lines corpus read at run time (one {@code text} and optional
 * {@code publication_date} per line; the texts are never stored in the repository), plus the synthetic benchmark corpus.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.newsquotes.extraction.bench.CorpusLoop \
 *     loop corpus.jsonl 60   # extract the corpus over and over for 60 s (attach JFR); MB per CPU-second
 * ... CorpusLoop dump corpus.jsonl out.txt   # every field of every extraction, to diff before/after a change
 * </pre>
 * {@code dump} also appends the synthetic corpus of {@link PipelineBenchmark}; the corpus name {@code synthetic}
 * stands for that corpus alone.
 */
public final class CorpusLoop {

    private CorpusLoop() {
    }

    public static void main(String[] args) throws IOException {
        List<ArticleInput> corpus = read(Path.of(args[1]));
        QuoteExtractor extractor = new QuoteExtractor();
        if (args[0].equals("dump")) {
            for (String t : SyntheticArticles.generate(PipelineBenchmark.ARTICLES)) {
                corpus.add(ArticleInput.ofText(t, PipelineBenchmark.PUBLISHED));
            }
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
                for (ArticleInput a : corpus) {
                    out.write(extractor.extract(a).toString());
                    out.write('\n');
                }
            }
            return;
        }
        long bytes = 0;
        for (ArticleInput a : corpus) {
            bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        long end = System.nanoTime() + (long) (Double.parseDouble(args[2]) * 1e9);
        List<Double> rates = new ArrayList<>();
        while (System.nanoTime() < end) {
            long t0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getCurrentThreadAllocatedBytes();
            for (ArticleInput a : corpus) {
                extractor.extract(a);
            }
            rates.add(bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - t0) / 1e9));
            allocated = threads.getCurrentThreadAllocatedBytes() - a0;
        }
        List<Double> late = new ArrayList<>(rates.subList(rates.size() / 2, rates.size()));
        Collections.sort(late);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d passes; second half: median %.2f, best %.2f MB per CPU-second; allocates %.1f bytes"
                + " per byte of text; heap after GC %.1f MB%n", rates.size(), late.get(late.size() / 2),
                late.get(late.size() - 1), (double) allocated / bytes, (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    private static List<ArticleInput> read(Path file) throws IOException {
        List<ArticleInput> corpus = new ArrayList<>();
        if (file.toString().equals("synthetic")) {
            for (String t : SyntheticArticles.generate(PipelineBenchmark.ARTICLES)) {
                corpus.add(ArticleInput.ofText(t, PipelineBenchmark.PUBLISHED));
            }
            return corpus;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode doc = json.readTree(line);
                String date = doc.path("publication_date").asText("");
                LocalDate published = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
                corpus.add(ArticleInput.ofText(doc.get("text").asText(), published));
            }
        }
        return corpus;
    }
}
