/**
 * Operability: extraction bounded in time and concurrency ({@link org.newsquotes.ops.BoundedExtractor}),
 * Prometheus metrics for ingest ({@link org.newsquotes.ops.IngestMetrics}), a readiness check that the
 * extractor works, and the problem responses for refused extractions.
 */
package org.newsquotes.ops;
