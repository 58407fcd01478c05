package org.newsquotes.extraction.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PipelineBenchmark} and prints MB of article text per second per core. Either
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.newsquotes.extraction.bench.PipelineBenchmarkMain
 * </pre>
 * (runs in the Maven JVM without forking, since Maven's class path cannot be handed to a fork), or, for
 * a clean forked measurement:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.newsquotes.extraction.bench.PipelineBenchmarkMain
 * </pre>
 * Argument {@code quick} shortens warm-up and measurement (for a smoke run); {@code warmup=N} runs N warm-up
 * iterations instead of the default 10 (the JIT of a slow machine was still speeding up after 3).
 */
public final class PipelineBenchmarkMain {

    private PipelineBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean inMaven = System.getProperty("java.class.path", "").contains("plexus-classworlds");
        ChainedOptionsBuilder options = new OptionsBuilder().include(PipelineBenchmark.class.getSimpleName())
                .forks(inMaven ? 0 : 1);
        if (args.length > 0 && args[0].equals("quick")) {
            options.warmupIterations(2).measurementIterations(3);
        } else if (args.length > 0 && args[0].startsWith("warmup=")) {
            options.warmupIterations(Integer.parseInt(args[0].substring("warmup=".length())));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        long bytes = PipelineBenchmark.corpusBytes();
        for (RunResult r : results) {
            double opsPerSecond = r.getPrimaryResult().getScore();
            double error = r.getPrimaryResult().getScoreError();
            System.out.printf("corpus %.2f MB; %.2f ops/s -> %.2f MB/s per core (+- %.2f)%n", bytes / 1e6,
                    opsPerSecond, opsPerSecond * bytes / 1e6, error * bytes / 1e6);
        }
    }
}
