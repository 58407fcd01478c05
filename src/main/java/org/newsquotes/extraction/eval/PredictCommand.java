package org.newsquotes.extraction.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs the extractor over a PolNeAR JSON Lines file (from {@code convert.py}) and writes predictions in the
 * format of the reference scorer: {@code {"id", "quotes": [{"start", "end", "type", "speaker", "confidence"}]}}.
 * Usage: {@code PredictCommand GOLD.jsonl PRED.jsonl}; prints the figures as {@link EvaluateCommand} does.
 */
public final class PredictCommand {

    private PredictCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PredictCommand GOLD.jsonl PRED.jsonl");
            System.exit(2);
        }
        System.out.print(EvaluateCommand.evaluate(Path.of(args[0]), Path.of(args[1])));
    }
}
