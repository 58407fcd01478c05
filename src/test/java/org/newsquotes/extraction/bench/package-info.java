/**
 * Performance of the whole extraction pipeline: the JMH benchmark
 * ({@link org.newsquotes.extraction.bench.PipelineBenchmark}, run with
 * {@link org.newsquotes.extraction.bench.PipelineBenchmarkMain}) over synthetic news articles, and guards
 * (no timing assertions beyond generous timeouts) that pathological input stays linear.
 */
package org.newsquotes.extraction.bench;
