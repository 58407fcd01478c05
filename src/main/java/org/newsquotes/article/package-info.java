/**
 * Articles: ingestion (extract, dedupe by url or content hash, store article + speakers + quotes in one
 * transaction), the dry-run extract endpoint, and article lookup, listing and deletion.
 */
package org.newsquotes.article;
