/**
 * Measuring and running the extractor from the command line: {@link
 * org.newsquotes.extraction.eval.EvaluateCommand} (PolNeAR JSON Lines in, score.py's figures out, computed by
 * the Java port {@link org.newsquotes.extraction.eval.Scorer}), {@link
 * org.newsquotes.extraction.eval.PredictCommand} (predictions only) and {@link
 * org.newsquotes.extraction.eval.ExtractCommand} (a text file, a folder or JSON Lines to JSON Lines of quotes).
 */
package org.newsquotes.extraction.eval;
