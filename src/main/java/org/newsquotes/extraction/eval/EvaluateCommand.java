package org.newsquotes.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.Extraction;
import org.newsquotes.extraction.Quote;
import org.newsquotes.extraction.QuoteExtractor;
import org.newsquotes.extraction.SpeakerKind;

/**
 * Evaluates the extractor on a PolNeAR JSON Lines file written by {@code convert.py}: runs it on every
 * article, optionally writes the predictions in the reference scorer's format, and prints the figures of
 * {@code score.py} (same definitions, computed by {@link Scorer}) plus a confidence calibration line.
 *
 * <pre>
 * mvn -q -o compile exec:java -Dexec.mainClass=org.newsquotes.extraction.eval.EvaluateCommand \
 *     -Dexec.args="/work/shared/data/polnear/eval.jsonl --out /tmp/pred.jsonl"
 * </pre>
 * With {@code --score PRED.jsonl} it scores an existing prediction file instead of running the extractor.
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EvaluateCommand GOLD.jsonl [--out PRED.jsonl] [--score PRED.jsonl] [--roles CASES.tsv]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]);
        Path out = null;
        Path score = null;
        Path roles = null;
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].equals("--out")) {
                out = Path.of(args[i + 1]);
            } else if (args[i].equals("--score")) {
                score = Path.of(args[i + 1]);
            } else if (args[i].equals("--roles")) {
                roles = Path.of(args[i + 1]);
            }
        }
        System.out.print(score != null ? scoreFile(gold, score) : evaluate(gold, out, roles));
    }

    /** Scores an existing prediction file; returns score.py's report. */
    public static String scoreFile(Path gold, Path predFile) {
        Map<String, List<PredQuote>> preds = new HashMap<>();
        Jsonl.forEach(predFile, doc -> preds.put(doc.get("id").asText(), Jsonl.pred(doc)));
        Scorer scorer = new Scorer();
        Jsonl.forEach(gold, doc -> scorer.add(Jsonl.gold(doc), preds.getOrDefault(doc.get("id").asText(),
                List.of())));
        return scorer.report();
    }

    /** Runs the extractor over {@code gold}, writes predictions to {@code out} if not null, returns the report. */
    public static String evaluate(Path gold, Path out) throws IOException {
        return evaluate(gold, out, null);
    }

    /**
     * As {@link #evaluate(Path, Path)}, then a line on roles ({@link RoleReport}); with {@code rolesOut} not
     * null, writes each judged role case there (tab-separated: status, gold mention, speaker, role).
     */
    public static String evaluate(Path gold, Path out, Path rolesOut) throws IOException {
        RoleReport roleReport = new RoleReport();
        QuoteExtractor extractor = new QuoteExtractor();
        Scorer scorer = new Scorer();
        ConfidenceReport calibration = new ConfidenceReport();
        BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        long[] chars = new long[1];
        long t0 = System.nanoTime();
        try {
            Jsonl.forEach(gold, doc -> {
                String text = doc.get("text").asText();
                chars[0] += text.length();
                List<PredQuote> pred = new ArrayList<>();
                List<String> roles = new ArrayList<>();
                List<Boolean> persons = new ArrayList<>();
                Extraction extraction = extractor.extract(ArticleInput.ofText(text, Jsonl.date(doc)));
                for (Quote q : extraction.quotes()) {
                    pred.add(Jsonl.toPred(q, extraction.article().inputOffsets()));
                    roles.add(q.role());
                    persons.add(q.speaker() != null && q.speaker().kind() == SpeakerKind.PERSON);
                }
                List<GoldQuote> goldQuotes = Jsonl.gold(doc);
                roleReport.add(goldQuotes, pred, roles, persons);
                scorer.add(goldQuotes, pred);
                calibration.add(goldQuotes, pred);
                write(writer, doc, pred);
            });
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (rolesOut != null) {
            writeCases(rolesOut, roleReport.cases());
        }
        return scorer.report() + calibration.report()
                + String.format(java.util.Locale.ROOT, "articles: %d chars in %.2f s%n", chars[0], secs)
                + roleReport.report();
    }

    private static void writeCases(Path file, List<RoleReport.Case> cases) throws IOException {
        List<String> lines = new ArrayList<>();
        for (RoleReport.Case c : cases) {
            lines.add(c.status() + "\t" + oneLine(c.goldMention()) + "\t" + oneLine(c.speaker()) + "\t"
                    + oneLine(c.role()));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    private static void write(BufferedWriter writer, JsonNode doc, List<PredQuote> pred) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(Jsonl.predictionLine(doc.get("id").asText(), pred));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
