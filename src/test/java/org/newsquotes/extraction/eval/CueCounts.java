package org.newsquotes.extraction.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsquotes.extraction.ArticleInput;
import org.newsquotes.extraction.CleanedArticle;
import org.newsquotes.extraction.Span;
import org.newsquotes.extraction.clean.ArticleCleaner;
import org.newsquotes.extraction.quote.DirectQuoteDetector;
import org.newsquotes.extraction.quote.QuoteCandidate;
import org.newsquotes.extraction.quote.indirect.CueLexicon;
import org.newsquotes.extraction.quote.indirect.LinePlace;
import org.newsquotes.extraction.quote.indirect.QuoteMask;
import org.newsquotes.extraction.quote.indirect.SentenceScanner;
import org.newsquotes.extraction.quote.indirect.Token;
import org.newsquotes.extraction.quote.indirect.Tokenizer;
import org.newsquotes.extraction.text.TextIndex;

/**
 * Re-measures the {@code readings} and {@code correct} columns of the indirect detector's {@code cues.tsv}: runs
 * the indirect detector over a gold JSON Lines file (after the direct detector, as the pipeline does) with the
 * precision threshold disabled (a {@link SentenceScanner} with minimum precision 0 and no final score filter),
 * and counts per cue word (the lexicon word at the start of each candidate's cue) how many contents it read and
 * how many of them lie inside any gold content by the scorer's rule ({@link Scorer#inside}). Readings scored as a
 * clause before a weak cue (0.27, dropped by the detector whatever the cue's precision) are not counted. Writes
 * the TSV with only those two columns replaced (comments and other columns kept; counts only, no text):
 * <pre>
 * java -cp $CP org.newsquotes.extraction.eval.CueCounts /tmp/train.jsonl \
 *     src/main/resources/org/newsquotes/extraction/quote/indirect/cues.tsv OUT.tsv [--min-readings N [--down]]
 * </pre>
 * Options (for trying partial refreshes): {@code --min-readings N} updates a row only when it has at least N new
 * readings and its smoothed precision (correct+1)/(readings+3) moved across the 0.35 threshold ({@code --down}: only
 * when it fell below it); {@code --same-side} only rows above the threshold before and after; {@code --no-up} all rows
 * but those rising above it; {@code --threshold T} counts the readings the detector emits at threshold T instead (a word
 * below T is then read only before a that-clause, so its row is left alone). A development tool, not a test.
 */
public final class CueCounts {

    private static final double WEAK_TRAILING = 0.27;
    private static final double THRESHOLD = 0.35;
    private static final int MAX_TOKENS = 200;

    private CueCounts() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path tsv = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Options o = Options.of(List.of(args).subList(3, args.length));
        Map<String, int[]> counts = count(gold, o.threshold());
        List<String> lines = new ArrayList<>();
        int changed = 0;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                lines.add(line);
                continue;
            }
            String[] f = line.split("\t");
            int[] c = counts.getOrDefault(f[0], new int[2]);
            if (update(precision(Integer.parseInt(f[5]), Integer.parseInt(f[6])), c, o)) {
                changed += Integer.parseInt(f[5]) != c[0] || Integer.parseInt(f[6]) != c[1] ? 1 : 0;
                f[5] = Integer.toString(c[0]);
                f[6] = Integer.toString(c[1]);
            }
            lines.add(String.join("\t", f));
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.err.println("rows changed: " + changed);
    }

    /** The command's options (see the class comment); {@code minReadings} -1 when not given. */
    private record Options(int minReadings, boolean down, boolean sameSide, boolean noUp, double threshold) {
        static Options of(List<String> opts) {
            int min = opts.indexOf("--min-readings");
            int t = opts.indexOf("--threshold");
            return new Options(min < 0 ? -1 : Integer.parseInt(opts.get(min + 1)), opts.contains("--down"),
                    opts.contains("--same-side"), opts.contains("--no-up"), t < 0 ? 0 : Double.parseDouble(opts.get(t + 1)));
        }
    }

    /** As {@code CueLexicon} smooths a row. */
    private static double precision(int readings, int correct) {
        return (correct + 1.0) / (readings + 3.0);
    }

    /** Whether a row of smoothed precision {@code before} takes the new counts {@code c}. */
    private static boolean update(double before, int[] c, Options o) {
        boolean above = before >= THRESHOLD;
        boolean aboveAfter = precision(c[0], c[1]) >= THRESHOLD;
        if (o.threshold() > 0 && (!above || c[0] == 0)) {
            return false;    // below the threshold the detector reads a word only before a that-clause
        }
        if (o.noUp() && !above && aboveAfter) {
            return false;    // a word rising above the threshold reads contents right only about 0.36-0.42 of the time
        }
        if (o.sameSide()) {
            return above && aboveAfter;
        }
        return o.minReadings() < 0 || c[0] >= o.minReadings() && above != aboveAfter && (!o.down() || !aboveAfter);
    }

    /** Word -> {readings, correct}. */
    static Map<String, int[]> count(Path gold, double threshold) {
        ArticleCleaner cleaner = new ArticleCleaner();
        CueLexicon lexicon = CueLexicon.defaultLexicon();
        SentenceScanner scanner = new SentenceScanner(lexicon, threshold);
        Map<String, int[]> counts = new HashMap<>();
        Jsonl.forEach(gold, doc -> {
            List<GoldQuote> golds = Jsonl.gold(doc);
            CleanedArticle article = cleaner.clean(ArticleInput.ofText(doc.get("text").asText(), Jsonl.date(doc)));
            String text = article.text() == null ? "" : article.text();
            TextIndex index = new TextIndex(text);
            List<Span> taken = new ArrayList<>();
            new DirectQuoteDetector(index, article.spun()).detect().forEach(f -> taken.add(f.content()));
            QuoteMask mask = QuoteMask.of(text);
            for (Span sentence : index.sentences()) {
                List<Token> tokens = Tokenizer.tokenize(text, sentence, article.spun());
                for (int from = 0; from < tokens.size(); from += MAX_TOKENS) {
                    List<Token> window = tokens.subList(from, Math.min(tokens.size(), from + MAX_TOKENS));
                    for (QuoteCandidate c : scanner.scan(window, mask, List.copyOf(taken),
                            from == 0 ? LinePlace.of(text, sentence.start()) : LinePlace.INSIDE)) {
                        String word = cueWord(window, c.cue(), lexicon);
                        if (word == null || c.score() == WEAK_TRAILING || c.score() < threshold) {
                            continue;
                        }
                        Span p = article.inputOffsets().toInput(c.content());
                        boolean ok = golds.stream().anyMatch(g -> Scorer.inside(p.start(), p.end(), g));
                        int[] n = counts.computeIfAbsent(word, k -> new int[2]);
                        n[0]++;
                        n[1] += ok ? 1 : 0;
                    }
                }
            }
        });
        return counts;
    }

    private static String cueWord(List<Token> window, Span cue, CueLexicon lexicon) {
        if (cue == null) {
            return null;
        }
        for (Token t : window) {
            if (t.start() == cue.start()) {
                return t.word() && lexicon.get(t.norm()) != null ? t.norm() : null;
            }
        }
        return null;
    }
}
